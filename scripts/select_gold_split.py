"""Pick real articles for a new hand-annotated gold split, by a seeded random draw.

    python scripts/select_gold_split.py --split test2 --seed 20261203 --per-topic 6 --total 42 > /tmp/test2.jsonl

The draw looks only at the raw corpus text, never at extractor output, so a held-out split stays
unseen until its gold is committed. An article is eligible when it
- is not already in tests/gold/real.jsonl (nor in the splits named with --exclude-file), nor
  the same story under another id (more than a tenth of its word 5-grams in
  a chosen text or an earlier article of the pool),
- names our organisation kinds at least twice (--min-org-kinds; a plain word list below, not the extractor's
  lists) and has no foreign country in its title (foreign bodies are out of the gold's scope),
- has at least 3 numbers written with digits,
- has one of the genre words (hỗ trợ, trao, tặng, ủng hộ, khắc phục, ...: what organisations do),
- is short enough to be read and annotated by hand (--min-chars/--max-chars).
Eligible articles are grouped by the topic whose keywords occur most often, over topics the
older splits lack (disaster relief, navy/border guards, health, education, unions, culture,
sport); each topic gives --per-topic articles drawn with --seed, and the rest of --total comes
from the eligible articles of no topic, drawn the same way. Output: one JSON object per article (id, split, topic, title, text).
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.settings import shared_corpus  # noqa: E402

CORPUS = shared_corpus()
GOLD = ROOT / "tests" / "gold" / "real.jsonl"

# Kinds of organisation the gold covers (GUIDELINES.md, "Organisations"), as written in the press.
ORG_KINDS = ("Công đoàn", "Liên đoàn Lao động", "LĐLĐ", "Đoàn Thanh niên", "Tỉnh đoàn", "Thành đoàn",
             "Hội Liên hiệp Phụ nữ", "Hội LHPN", "Hội Nông dân", "Hội Cựu chiến binh", "Hội CCB",
             "Hội Chữ thập đỏ", "Mặt trận Tổ quốc", "MTTQ", "Bộ đội Biên phòng", "BĐBP", "Biên phòng",
             "Hải quân nhân dân", "Vùng Cảnh sát biển", "Bộ Tư lệnh Hải quân", "Quân khu", "Bộ Chỉ huy Quân sự", "Bộ CHQS", "Ban Chỉ huy Quân sự",
             "Bộ Quốc phòng", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Ban Chỉ đạo", "Ngân hàng Chính sách",
             "Hội Khuyến học", "Hội Người cao tuổi", "Thanh niên xung phong")

# Topics the dev/dev2/dev3/test splits lack; an article goes to the topic whose keywords (whole
# words or word sequences) it holds most often.
TOPICS = {
    "thien_tai": ("bão", "lũ", "thiên tai", "sạt lở", "khắc phục hậu quả", "cứu hộ", "cứu nạn", "ngập"),
    "bien_phong_hai_quan": ("hải quân", "biên phòng", "bđbp", "cảnh sát biển", "biển đảo", "trường sa",
                            "ngư dân", "biên giới"),
    "y_te": ("khám bệnh", "khám chữa bệnh", "cấp thuốc", "y tế", "khám sức khỏe", "bệnh nhân", "khám",
             "sức khỏe", "bác sĩ", "thầy thuốc"),
    "giao_duc": ("học bổng", "học sinh", "khuyến học", "trường học", "đến trường", "sinh viên", "giáo viên"),
    "cong_doan": ("công đoàn", "công nhân", "cnvclđ", "người lao động", "đoàn viên", "cnlđ"),
    "van_hoa": ("văn hóa", "văn nghệ", "thư viện", "lễ hội", "di tích"),
    "the_thao": ("thể thao", "hội thao", "giải bóng", "thể dục", "giải việt dã"),
}
# The gold's genre is what organisations do for people; one of these verbs must occur in the text.
GENRE_WORDS = ("hỗ trợ", "trao tặng", "trao quà", "tặng quà", "ủng hộ", "giúp đỡ", "khắc phục hậu quả",
               "thăm hỏi", "giúp dân", "cứu trợ", "khám bệnh", "học bổng", "tặng", "chăm lo")
# Foreign news (foreign armies and ministries are out of the gold's scope): a country in the title.
FOREIGN_IN_TITLE = ("Nga", "Mỹ", "Trung Quốc", "TQ", "Triều Tiên", "Hàn Quốc", "Nhật", "Nhật Bản", "NATO", "Australia",
                    "Ấn Độ", "Anh", "Pháp", "Đức", "Myanmar", "Libya", "IS", "Syria", "Mattis", "Philippines")
SHINGLE, COPY_SHARE = 5, 0.1
DIGIT_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return set(zip(*(words[i:] for i in range(SHINGLE))))


def gold_docs(extra: list[Path]) -> tuple[set[str], set[tuple[str, ...]]]:
    """Ids already chosen and the word 5-grams of their texts (to drop syndicated copies)."""
    ids, grams = set(), set()
    for path in [GOLD, *extra]:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    obj = json.loads(line)
                    ids.add(obj["id"])
                    grams |= shingles(obj.get("text") or "")
    return ids, grams


def copy_of_gold(text: str, gold_grams: set) -> bool:
    """The same story as a gold article, published again under another id."""
    mine = shingles(text)
    return bool(mine) and len(mine & gold_grams) / len(mine) > COPY_SHARE


def topic_of(title: str, text: str) -> str | None:
    """The topic whose keywords occur most often (title counted twice); None below 2 hits."""
    low = (title + "\n" + text).lower()
    words = re.findall(r"\w+", low)
    bigrams = [" ".join(p) for p in zip(words, words[1:])]
    trigrams = [" ".join(p) for p in zip(words, words[1:], words[2:])]
    grams = Counter(words + bigrams + trigrams)
    best, best_hits = None, 1
    for topic, keys in TOPICS.items():
        hits = sum(grams[k] for k in keys)
        if hits > best_hits:
            best, best_hits = topic, hits
    return best


def eligible(obj: dict, args) -> bool:
    text = obj.get("text") or ""
    if not (args.min_chars <= len(text) <= args.max_chars):
        return False
    if sum(text.count(kind) for kind in ORG_KINDS) < args.min_org_kinds:
        return False
    title_words = set(re.findall(r"\w+", obj["title"]))
    if any((c in title_words) if " " not in c else (c in obj["title"]) for c in FOREIGN_IN_TITLE):
        return False
    if not any(w in text.lower() for w in GENRE_WORDS):
        return False
    return len(DIGIT_NUMBER.findall(text)) >= 3


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-topic", type=int, default=6)
    ap.add_argument("--total", type=int, default=42, help="articles in the split (topics first)")
    ap.add_argument("--min-chars", type=int, default=500)
    ap.add_argument("--max-chars", type=int, default=3000)
    ap.add_argument("--min-org-kinds", type=int, default=2,
                    help="mentions of our organisation kinds the article must hold (1 widens a used-up pool)")
    ap.add_argument("--exclude-file", type=Path, action="append", default=[],
                    help="another JSONL of already chosen articles (e.g. a split drawn earlier)")
    args = ap.parse_args(argv)
    taken, gold_grams = gold_docs(args.exclude_file)
    by_topic: dict[str, list[dict]] = {t: [] for t in (*TOPICS, "other")}
    seen_titles: set[str] = set()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["id"] in taken or obj["title"] in seen_titles or not eligible(obj, args):
                continue
            if copy_of_gold(obj["text"], gold_grams):
                continue
            gold_grams |= shingles(obj["text"])  # and one write-up per story inside the pool
            seen_titles.add(obj["title"])  # the same story syndicated twice counts once
            by_topic[topic_of(obj["title"], obj["text"]) or "other"].append(obj)
    print("pool per topic: " + ", ".join(f"{t} {len(d)}" for t, d in by_topic.items()), file=sys.stderr)
    rng = random.Random(args.seed)
    chosen: list[tuple[str, dict]] = []
    for topic in TOPICS:
        docs = sorted(by_topic[topic], key=lambda d: d["id"])
        chosen += [(topic, obj) for obj in rng.sample(docs, min(args.per_topic, len(docs)))]
    # topics with a small pool leave room; the rest of the split comes from the other articles
    rest = sorted(by_topic["other"], key=lambda d: d["id"])
    chosen += [("other", obj) for obj in rng.sample(rest, max(0, min(args.total - len(chosen), len(rest))))]
    for topic, obj in chosen:
        out = {"id": obj["id"], "split": args.split, "topic": topic, "title": obj["title"], "text": obj["text"]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
