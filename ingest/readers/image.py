"""Page images (.png, .jpg/.jpeg, .tif/.tiff with any number of pages) read by OCR (ingest/ocr.py).

Pages are joined with a form feed, as the PDF reader does, so page N of the stored text is
the part after the (N-1)th form feed and the document's OCR pages name the same numbers.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ingest import ocr
from ingest.document import RawDocument
from ingest.errors import IngestError

SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


def read(path: str, data: bytes, name: str) -> Iterator[RawDocument]:
    if not data.strip():
        raise IngestError("tệp rỗng (empty file)")
    if ocr.mode() == "off":
        raise IngestError("ảnh chỉ đọc được bằng OCR, mà OCR đang tắt (image needs OCR; BAOCAO_OCR=off)")
    image = ocr.open_image(data)
    resolution = _resolution(image)
    pages = ocr.recognise_pages((n, frame, resolution) for n, frame in enumerate(_frames(image), 1))
    texts, found = [], []
    for page in pages:
        texts.append(page.text)
        found.append(page.page)
    if not any(t.strip() for t in texts):
        raise IngestError("OCR không đọc được chữ nào trong ảnh (no text found by OCR)")
    fmt = Path(name).suffix.lower().lstrip(".").replace("jpeg", "jpg").replace("tiff", "tif")
    yield RawDocument(source=name, text="\f".join(texts), format=fmt, notes=ocr.notes(found), ocr=found)


def _frames(image) -> Iterator:
    """Every page of the image (TIFF and some PNGs hold several), decoded now so that a damaged
    file fails with its reason rather than as a blank page."""
    n = 0
    while True:
        try:
            image.seek(n)
            image.load()
        except EOFError:
            if n == 0:
                raise IngestError("ảnh không có trang nào (image without frames)") from None
            return
        except (OSError, ValueError, SyntaxError) as exc:
            # Pillow's words for damaged data ("image file is truncated", "broken data stream")
            raise IngestError(f"ảnh hỏng hoặc bị cắt cụt (broken or truncated image, page {n + 1}: {exc})") from None
        yield image.copy()
        n += 1
        if n >= getattr(image, "n_frames", 1):
            return


def _resolution(image) -> int:
    """The resolution the file states, when it is a plausible scanning resolution, else ocr_dpi."""
    stated = image.info.get("dpi")
    try:
        value = round(float(stated[0])) if stated else 0
    except (TypeError, ValueError, IndexError):
        value = 0
    return value if 100 <= value <= 1200 else ocr.dpi()
