#!/usr/bin/python3
"""Checks the outputs of src/test/notebooks/kernel-smoke.ipynb after `jupyter nbconvert --execute`.

    /usr/bin/python3 src/test/python/check_notebook.py EXECUTED.ipynb

Prints one line per check and ends with "N passed, M failed"; exits 1 if any failed.
"""
import base64
import struct
import sys
import traceback

import nbformat

results = []


def check(name, test):
    try:
        test()
        results.append(True)
        print(f"ok      {name}")
    except Exception:  # noqa: BLE001 - a failed check is reported, not raised
        results.append(False)
        print(f"FAILED  {name}")
        traceback.print_exc(file=sys.stdout)


def outputs_of(cell):
    return [output for output in cell.get("outputs", [])]


def data_of(cell):
    for output in outputs_of(cell):
        if output["output_type"] in ("execute_result", "display_data"):
            return output["data"]
    raise AssertionError(f"no rich output in cell: {cell['source']!r}: {outputs_of(cell)}")


def png_size(png):
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def main():
    notebook = nbformat.read(sys.argv[1], as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]

    def no_errors():
        errors = [o for cell in code for o in outputs_of(cell) if o["output_type"] == "error"]
        assert not errors, errors

    def markdown():
        data = data_of(code[0])
        assert "The kernel shows **Markdown** from a cell." in data["text/markdown"], data
        assert "<strong>Markdown</strong>" in data["text/html"], data

    def png_with_boxes():
        data = data_of(code[1])
        assert png_size(base64.b64decode(data["image/png"])) == (640, 480)
        plain = data["text/plain"]
        assert "with 1 box" in plain and "blue circle: (340, 60)" in plain, plain

    def table():
        data = data_of(code[2])
        html = data["text/html"]
        assert "<table>" in html and "blue circle" in html and ">340<" in html and ">460<" in html, html

    def stream_and_value():
        outputs = outputs_of(code[3])
        streams = "".join(o["text"] for o in outputs if o["output_type"] == "stream")
        assert streams == "streams work\n", outputs
        assert data_of(code[3])["text/plain"] == "2"

    def counts():
        assert [cell.execution_count for cell in code] == [1, 2, 3, 4], [cell.execution_count for cell in code]

    check("no cell failed", no_errors)
    check("a Markdown output", markdown)
    check("a PNG with the box drawn", png_with_boxes)
    check("a table of the boxes", table)
    check("printed text and the last value", stream_and_value)
    check("execution counts 1 to 4", counts)
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
