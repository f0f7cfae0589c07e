#!/usr/bin/env python3
"""Derives the bundled real data sets (assets/datasets/*.json) from scikit-learn's wheel.

The wheel carries copies of four UCI data sets as small files under sklearn/datasets/data/.
Run by hand when the assets must be rebuilt, never by CI:

    pip download --no-deps scikit-learn -d /tmp/skl
    python3 scripts/make-real-datasets.py /tmp/skl/scikit_learn-*.whl

Output (one JSON file per data set, same numbers as the source files):
    {"id", "featureNames", "classNames", "samples", "features", "x", "y"}
where "x" is the row-major list of feature values (iris, wine, breast cancer) or, for the digits,
the base64 of one unsigned byte per pixel (0..16), and "y" the class index of each row.
After rebuilding, update the checksums in assets/datasets/README.md and src/data/real/assets.test.ts.
"""
import base64
import csv
import gzip
import io
import json
import sys
import zipfile
from pathlib import Path

WINE = [
    "alcohol", "malic acid", "ash", "alcalinity of ash", "magnesium", "total phenols", "flavanoids",
    "nonflavanoid phenols", "proanthocyanins", "colour intensity", "hue", "OD280/OD315 of diluted wines", "proline",
]
CANCER_PARTS = [
    "radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity", "concave points",
    "symmetry", "fractal dimension",
]
CANCER = [f"mean {p}" for p in CANCER_PARTS] + [f"{p} error" for p in CANCER_PARTS] + [f"worst {p}" for p in CANCER_PARTS]
SETS = {
    # id: (file in sklearn/datasets/data, feature names or None for pixels, class names or None to read the header)
    "iris": ("iris.csv", ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"], None),
    "wine": ("wine_data.csv", WINE, None),
    "breast-cancer": ("breast_cancer.csv", CANCER, None),
    "digits": ("digits.csv.gz", None, [str(d) for d in range(10)]),
}


def read_rows(wheel: zipfile.ZipFile, name: str) -> list[list[str]]:
    """The CSV rows of one data file inside the wheel (gunzipped when its name ends in .gz)."""
    raw = wheel.read(f"sklearn/datasets/data/{name}")
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return [row for row in csv.reader(io.StringIO(raw.decode("utf-8"))) if row]


def number(text: str) -> float | int:
    """The value as written in the source: an int when it has no fraction, else a float."""
    value = float(text)
    return int(value) if value.is_integer() else value


def build(wheel: zipfile.ZipFile, ident: str) -> dict:
    """One data set as the app's asset."""
    name, features, classes = SETS[ident]
    rows = read_rows(wheel, name)
    if features is not None:
        header, rows = rows[0], rows[1:]
        samples, width = int(header[0]), int(header[1])
        classes = header[2:]
        assert width == len(features) and samples == len(rows), f"{ident}: header {header[:2]} disagrees with the rows"
    else:
        width = 64
        features = [f"pixel_{r}_{c}" for r in range(8) for c in range(8)]
    x = [number(v) for row in rows for v in row[:width]]
    y = [int(float(row[width])) for row in rows]
    asset = {"id": ident, "samples": len(rows), "features": width, "featureNames": features, "classNames": classes}
    if ident == "digits":
        asset["x"] = base64.b64encode(bytes(int(v) for v in x)).decode("ascii")
    else:
        asset["x"] = x
    asset["y"] = y
    return asset


def main() -> None:
    """Writes every asset next to this script's repository."""
    if len(sys.argv) != 2:
        sys.exit("Usage: make-real-datasets.py <scikit_learn-*.whl>. Fetch the wheel with pip download --no-deps scikit-learn.")
    out = Path(__file__).resolve().parent.parent / "assets" / "datasets"
    out.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(sys.argv[1]) as wheel:
        for ident in SETS:
            text = json.dumps(build(wheel, ident), separators=(",", ":")) + "\n"
            (out / f"{ident}.json").write_text(text, encoding="utf-8")
            print(f"{ident}.json: {len(text)} bytes")


if __name__ == "__main__":
    main()
