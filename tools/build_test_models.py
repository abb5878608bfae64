"""Train the tiny, real Argos packages the tests and the benchmark use.

Six directions (en↔ru, en↔uk, en↔ko) are trained on the lexicon's own parallel text, so pivots such
as ko→en→ru are exercised. Each package is a genuine ``.argosmodel``: a CTranslate2 int8 Transformer
(2+2 layers, d=128, CTranslate2's built-in sinusoidal positions), a SentencePiece model shared by
the pair, and a rule-based MiniSBD ONNX sentence splitter (so nothing is ever downloaded). Seeds
and epochs are fixed: the same lexicon, torch and CTranslate2 versions give the same packages.

torch and onnx are build-time tools only; run this in a separate venv::

    python3 -m venv /tmp/buildvenv
    /tmp/buildvenv/bin/pip install torch==2.13.0 onnx sentencepiece ctranslate2 pyyaml pydantic \\
        platformdirs rapidfuzz
    /tmp/buildvenv/bin/python tools/build_test_models.py        # writes tests/data/models/

Besides the packages it writes ``manifest.json``: for each direction, the lexicon sentences the
built model reproduces exactly with Argos' decoding settings, so tests can assert on stable output.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "models"
PAIRS = (("en", "ru"), ("en", "uk"), ("en", "ko"))
NAMES = {"en": "English", "ru": "Russian", "uk": "Ukrainian", "ko": "Korean"}
VERSION = "1.0"
SEED = 20261125
EPOCHS = 100
D_MODEL, HEADS, FFN, LAYERS, MAX_LEN = 128, 4, 256, 2, 256
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
SBD_UNITS = ["<PAD>", "<UNK>", " ", ".", "!", "?", "…"]
# Ids 0-3 as CTranslate2 expects them; "identity" keeps the model ~5 KB instead of ~245 KB.
SPM_OPTIONS = {"model_type": "unigram", "hard_vocab_limit": False, "character_coverage": 1.0}
SPM_OPTIONS |= {"normalization_rule_name": "identity", "num_threads": 1, "minloglevel": 2}
SPM_OPTIONS |= {"pad_id": 0, "unk_id": 1, "bos_id": 2, "eos_id": 3}
SPM_OPTIONS |= {"shuffle_input_sentence": False, "seed_sentencepiece_size": 100000}


def parallel_text() -> list[dict[str, str]]:
    """Every entry's main texts and every variant that gives all four languages."""
    sys.path.insert(0, str(ROOT))
    from phrasebook.lexicon import load_lexicon

    rows: list[dict[str, str]] = []
    seen: set[tuple[str, ...]] = set()
    for entry in load_lexicon(cache=False):
        for text in [dict(entry.text), *(dict(v.text) for v in entry.variants)]:
            if all(lang in text for lang in NAMES):
                row = {str(lang): value.strip() for lang, value in text.items()}
                key = tuple(row[lang] for lang in NAMES)
                if key not in seen:
                    seen.add(key)
                    rows.append(row)
    return rows


def train_sentencepiece(lines: list[str], prefix: Path) -> Path:
    import sentencepiece as spm

    chars = {ch for line in lines for ch in line}
    corpus = prefix.with_suffix(".txt")
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    size = max(400, len(chars) + 150)  # every character must fit
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(prefix), vocab_size=size, **SPM_OPTIONS
    )
    from sentencepiece import sentencepiece_model_pb2

    # The model records its (temporary) input paths: blank them so rebuilds are byte-identical.
    model = sentencepiece_model_pb2.ModelProto()
    model.ParseFromString(prefix.with_suffix(".model").read_bytes())
    del model.trainer_spec.input[:]
    model.trainer_spec.model_prefix = ""
    prefix.with_suffix(".model").write_bytes(model.SerializeToString())
    return prefix.with_suffix(".model")


def build_network(vocab_size: int) -> Any:
    """A pre-norm Transformer whose parameter names follow OpenNMT-py's."""
    import torch
    from torch import nn

    class Attention(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.linear_query = nn.Linear(D_MODEL, D_MODEL)
            self.linear_keys = nn.Linear(D_MODEL, D_MODEL)
            self.linear_values = nn.Linear(D_MODEL, D_MODEL)
            self.final_linear = nn.Linear(D_MODEL, D_MODEL)

        def forward(self, query: Any, memory: Any, keep: Any) -> Any:
            b, tq, dh = query.shape[0], query.shape[1], D_MODEL // HEADS
            split = lambda x: x.view(b, x.shape[1], HEADS, dh).transpose(1, 2)  # noqa: E731
            q, k = split(self.linear_query(query)), split(self.linear_keys(memory))
            v = split(self.linear_values(memory))
            scores = (q / math.sqrt(dh)) @ k.transpose(-1, -2)
            scores = scores.masked_fill(~keep.unsqueeze(1), float("-inf"))
            out = torch.softmax(scores, dim=-1) @ v
            return self.final_linear(out.transpose(1, 2).reshape(b, tq, D_MODEL))

    class FeedForward(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layer_norm = nn.LayerNorm(D_MODEL, eps=1e-6)
            self.w_1 = nn.Linear(D_MODEL, FFN)
            self.w_2 = nn.Linear(FFN, D_MODEL)
            self.drop = nn.Dropout(0.1)

        def forward(self, x: Any) -> Any:
            return x + self.drop(self.w_2(torch.relu(self.w_1(self.layer_norm(x)))))

    class EncoderLayer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layer_norm = nn.LayerNorm(D_MODEL, eps=1e-6)
            self.self_attn = Attention()
            self.feed_forward = FeedForward()
            self.drop = nn.Dropout(0.1)

        def forward(self, x: Any, keep: Any) -> Any:
            h = self.layer_norm(x)
            return self.feed_forward(x + self.drop(self.self_attn(h, h, keep)))

    class DecoderLayer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layer_norm_1 = nn.LayerNorm(D_MODEL, eps=1e-6)
            self.self_attn = Attention()
            self.layer_norm_2 = nn.LayerNorm(D_MODEL, eps=1e-6)
            self.context_attn = Attention()
            self.feed_forward = FeedForward()
            self.drop = nn.Dropout(0.1)

        def forward(self, y: Any, memory: Any, self_keep: Any, src_keep: Any) -> Any:
            h = self.layer_norm_1(y)
            y = y + self.drop(self.self_attn(h, h, self_keep))
            h = self.layer_norm_2(y)
            y = y + self.drop(self.context_attn(h, memory, src_keep))
            return self.feed_forward(y)

    class Embeddings(nn.Module):
        def __init__(self, table: Any) -> None:
            super().__init__()
            self.emb_luts = nn.ModuleList([nn.Embedding(vocab_size, D_MODEL, padding_idx=0)])
            self.pe = nn.Module()
            self.pe.register_buffer("pe", table)

        def forward(self, ids: Any) -> Any:
            scaled = self.emb_luts[0](ids) * math.sqrt(D_MODEL)
            return scaled + self.pe.pe[: ids.shape[1]].unsqueeze(0)

    class Side(nn.Module):
        def __init__(self, layers: list[nn.Module], attr: str, table: Any) -> None:
            super().__init__()
            self.embeddings = nn.Module()
            self.embeddings.make_embedding = Embeddings(table)
            setattr(self, attr, nn.ModuleList(layers))
            self.layer_norm = nn.LayerNorm(D_MODEL, eps=1e-6)

    # CTranslate2's own sinusoidal encodings (positions from 1, sin half then cos half), so the
    # converted model needs no stored table and has no length limit.
    position = torch.arange(1, MAX_LEN + 1, dtype=torch.float32).unsqueeze(1)
    half = D_MODEL // 2
    scales = torch.exp(torch.arange(half, dtype=torch.float32) * -(math.log(10000.0) / (half - 1)))
    table = torch.cat([torch.sin(position * scales), torch.cos(position * scales)], dim=1)

    class Model(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = Side([EncoderLayer() for _ in range(LAYERS)], "transformer", table)
            self.decoder = Side(
                [DecoderLayer() for _ in range(LAYERS)], "transformer_layers", table.clone()
            )
            self.generator = nn.Linear(D_MODEL, vocab_size)
            self.drop = nn.Dropout(0.1)

        def forward(self, src: Any, tgt_in: Any) -> Any:
            src_keep = (src != 0).unsqueeze(1)
            x = self.drop(self.encoder.embeddings.make_embedding(src))
            for layer in self.encoder.transformer:
                x = layer(x, src_keep)
            memory = self.encoder.layer_norm(x)
            t = tgt_in.shape[1]
            causal = torch.tril(torch.ones(t, t, dtype=torch.bool)).unsqueeze(0)
            self_keep = causal & (tgt_in != 0).unsqueeze(1)
            y = self.drop(self.decoder.embeddings.make_embedding(tgt_in))
            for layer in self.decoder.transformer_layers:
                y = layer(y, memory, self_keep, src_keep)
            return self.generator(self.decoder.layer_norm(y))

    return Model()


def train_direction(job: dict[str, Any]) -> dict[str, Any]:
    """Train one direction and write its package; returns its manifest record."""
    import ctranslate2
    import sentencepiece as spm
    import torch
    from ctranslate2.converters import Converter
    from ctranslate2.converters.opennmt_py import set_transformer_spec
    from ctranslate2.specs import model_spec, transformer_spec

    started = time.time()
    torch.set_num_threads(1)
    torch.manual_seed(SEED)
    torch.use_deterministic_algorithms(True)
    src_lang, tgt_lang = job["src"], job["tgt"]
    pairs: list[tuple[str, str]] = job["pairs"]
    sp = spm.SentencePieceProcessor(model_file=job["spm"])
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    data = [
        (sp.encode(s, out_type=int)[: MAX_LEN - 2], sp.encode(t, out_type=int)[: MAX_LEN - 2])
        for s, t in pairs
    ]
    model = build_network(len(pieces))
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3, betas=(0.9, 0.98))
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=0, label_smoothing=0.05)
    order = list(range(len(data)))
    rng = random.Random(SEED)  # noqa: S311 (shuffling, not secrets)
    batch = 24
    for epoch in range(job["epochs"]):
        for group in optimiser.param_groups:  # a lower rate for the last 30% settles the weights
            group["lr"] = 1e-3 if epoch < 0.7 * job["epochs"] else 3e-4
        rng.shuffle(order)
        model.train()
        for start in range(0, len(order), batch):
            chunk = [data[i] for i in order[start : start + batch]]
            slen = max(len(s) for s, _ in chunk)
            tlen = max(len(t) for _, t in chunk) + 1
            src = torch.tensor([s + [0] * (slen - len(s)) for s, _ in chunk])
            tin = torch.tensor([[2, *t] + [0] * (tlen - len(t) - 1) for _, t in chunk])
            tout = torch.tensor([[*t, 3] + [0] * (tlen - len(t) - 1) for _, t in chunk])
            logits = model(src, tin)
            loss = loss_fn(logits.reshape(-1, logits.shape[-1]), tout.reshape(-1))
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
    variables = {k: v.detach().float().numpy() for k, v in model.state_dict().items()}

    class SmallConverter(Converter):  # type: ignore[misc]
        def _load(self) -> Any:
            spec = transformer_spec.TransformerSpec.from_config(
                (LAYERS, LAYERS), HEADS, pre_norm=True
            )
            spec.config.decoder_start_token = "<s>"  # noqa: S105
            spec.config.layer_norm_epsilon = 1e-6
            set_transformer_spec(spec, variables)
            spec.encoder.position_encodings.encodings = model_spec.OPTIONAL
            spec.decoder.position_encodings.encodings = model_spec.OPTIONAL
            spec.register_source_vocabulary(pieces)
            spec.register_target_vocabulary(pieces)
            return spec

    code = f"translate-{src_lang}_{tgt_lang}-{VERSION.replace('.', '_')}"
    package = Path(job["work"]) / f"{src_lang}_{tgt_lang}" / code
    SmallConverter().convert(str(package / "model"), quantization="int8", force=True)
    shutil.copy(job["spm"], package / "sentencepiece.model")
    (package / "minisbd").mkdir()
    (package / "minisbd" / f"{src_lang}.onnx").write_bytes(sbd_onnx(src_lang))
    metadata = {"package_version": VERSION, "argos_version": "1.9", "type": "translate"}
    metadata |= {"from_code": src_lang, "from_name": NAMES[src_lang], "links": []}
    metadata |= {"to_code": tgt_lang, "to_name": NAMES[tgt_lang]}
    (package / "metadata.json").write_text(json.dumps(metadata, indent=2) + "\n")
    title = f"# {NAMES[src_lang]} → {NAMES[tgt_lang]}: a phrasebook test model\n\n"
    (package / "README.md").write_text(title + "Trained on the lexicon only: for tests, not use.\n")
    archive = Path(job["out"]) / f"{code}.argosmodel"
    write_zip(package, archive)

    translator = ctranslate2.Translator(str(package / "model"), device="cpu")
    sources = [sp.encode(s, out_type=str) for s, _ in pairs]
    results = translator.translate_batch(
        sources, beam_size=4, length_penalty=0.2, replace_unknowns=True, max_batch_size=64
    )
    # Decoded as argostranslate's SentencePieceTokenizer decodes.
    text = lambda pieces: sp.decode_pieces(pieces).replace("▁", " ").replace("_", " ").lstrip(" ")  # noqa: E731
    exact = [[s, t] for (s, t), r in zip(pairs, results, strict=True) if text(r.hypotheses[0]) == t]
    record = {"code": code, "from": src_lang, "to": tgt_lang, "sentences": len(pairs)}
    print(f"{code}: trained in {time.time() - started:.0f} s", flush=True)
    return record | {"exact": exact, "bytes": archive.stat().st_size}


def sbd_onnx(lang: str) -> bytes:
    """A MiniSBD model as a rule: a sentence ends at . ! ? … followed by a space or the end."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    # Per unit id (SBD_UNITS order): ends a sentence; breaks after it (PAD or space); is a space.
    tables = {
        "punct": [0, 0, 0, 1, 1, 1, 1],
        "brk": [1, 0, 1, 0, 0, 0, 0],
        "space": [0, 0, 1, 0, 0, 0, 0],
        "starts": [1],
        "ends": [2**62],
        "axes": [1],
        "pads": [0, 0, 0, 1],
        "two": [2],
        "depth": [5],
    }
    init = [numpy_helper.from_array(np.array(v, dtype=np.int64), k) for k, v in tables.items()]
    init.append(numpy_helper.from_array(np.array([0.0, 1.0], dtype=np.float32), "onehot"))
    node = helper.make_node
    nodes = [
        node("Slice", ["units", "starts", "ends", "axes"], ["shifted"]),
        node("Pad", ["shifted", "pads"], ["next"]),  # next[t] = units[t + 1], PAD at the end
        node("Gather", ["punct", "units"], ["is_punct"]),
        node("Gather", ["brk", "next"], ["next_breaks"]),
        node("Gather", ["space", "next"], ["token_end"]),
        node("Mul", ["is_punct", "next_breaks"], ["sentence_end"]),
        node("Mul", ["sentence_end", "two"], ["sentence_label"]),
        node("Max", ["sentence_label", "token_end"], ["label"]),
        node("OneHot", ["label", "depth", "onehot"], ["logits"], axis=-1),
    ]
    graph = helper.make_graph(
        nodes,
        f"rule_sbd_{lang}",
        [
            helper.make_tensor_value_info("units", TensorProto.INT64, ["B", "T"]),
            helper.make_tensor_value_info("features", TensorProto.FLOAT, ["B", "T", 1]),
        ],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["B", "T", 5])],
        initializer=init,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    config = {"skip_newline": False, "max_seqlen": 1000, "no_ssplit": False, "batch_size": 32}
    config |= {"feat_funcs": ["space_before"], "use_dictionary": False, "num_dict_feat": 0}
    vocab = {"lang": lang, "idx": 0, "cutoff": 0, "lower": False}
    vocab |= {"_id2unit": SBD_UNITS, "_unit2id": {u: i for i, u in enumerate(SBD_UNITS)}}
    meta = {"lang_code": lang, "config": json.dumps(config), "lexicon": "null"}
    meta["vocab"] = json.dumps(vocab, ensure_ascii=False)
    helper.set_model_props(model, meta)
    onnx.checker.check_model(model)
    return bytes(model.SerializeToString())


def write_zip(folder: Path, archive: Path) -> None:
    """Zip ``folder`` as the one top-level folder, with fixed timestamps and order."""
    tmp = archive.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(folder.rglob("*")):
            name = f"{folder.name}/{path.relative_to(folder).as_posix()}"
            info = zipfile.ZipInfo(name + ("/" if path.is_dir() else ""), ZIP_TIME)
            info.external_attr = (0o40755 << 16) if path.is_dir() else (0o100644 << 16)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, b"" if path.is_dir() else path.read_bytes())
    tmp.replace(archive)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where the packages go")
    parser.add_argument("--jobs", type=int, default=min(6, os.cpu_count() or 1))
    parser.add_argument("--epochs", type=int, default=EPOCHS, help="fixed: keep the default")
    args = parser.parse_args()
    started = time.time()
    rows = parallel_text()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="build-models-") as tmp:
        jobs = []
        for a, b in PAIRS:
            lines = [row[a] for row in rows] + [row[b] for row in rows]
            model = train_sentencepiece(lines, Path(tmp) / f"spm_{a}_{b}")
            for src, tgt in ((a, b), (b, a)):
                pairs = [(row[src], row[tgt]) for row in rows]
                job = {"src": src, "tgt": tgt, "pairs": pairs, "spm": str(model), "work": tmp}
                jobs.append(job | {"out": str(args.out), "epochs": args.epochs})
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            records = list(pool.map(train_direction, jobs))
    manifest = {"built_by": "tools/build_test_models.py", "seed": SEED, "epochs": args.epochs}
    manifest |= {"sentences": len(rows), "packages": {f"{r['from']}-{r['to']}": r for r in records}}
    (args.out / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    for r in records:
        share = len(r["exact"]) / r["sentences"]
        print(f"{r['code']}: {r['bytes'] / 1e6:.2f} MB, {share:.0%} of the sentences exact")
    print(f"total {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
