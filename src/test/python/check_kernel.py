#!/usr/bin/python3
"""Checks the installed visionbook kernel through Jupyter's own client (jupyter_client).

Covers what a notebook front end relies on besides running cells: kernel_info, completion,
inspection (the helper API's Javadoc), is_complete, stop_on_error, stdin (input_request),
history, interrupt and restart. Run by scripts/ci-jupyter-checks,
which installs the kernelspec into a temporary JUPYTER_PATH first:

    /usr/bin/python3 src/test/python/check_kernel.py [--kernel NAME]

Prints one line per check and ends with "N passed, M failed"; exits 1 if any failed.
"""
import argparse
import re
import sys
import time
import traceback

from jupyter_client.manager import start_new_kernel

TIMEOUT = 60
results = []


def check(name):
    def run(test):
        try:
            test()
            results.append(True)
            print(f"ok      {name}")
        except Exception:  # noqa: BLE001 - a failed check is reported, not raised
            results.append(False)
            print(f"FAILED  {name}")
            traceback.print_exc(file=sys.stdout)
        return test
    return run


def ignore(_msg):
    """An output hook that keeps a cell's outputs off this script's own output."""


def wait_for(client, msg_id):
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        msg = client.get_shell_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg
    raise AssertionError(f"no reply to {msg_id}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel", default="visionbook")
    args = parser.parse_args()

    started = time.time()
    manager, client = start_new_kernel(kernel_name=args.kernel, startup_timeout=TIMEOUT)
    print(f"started kernel {args.kernel} in {time.time() - started:.2f} s")
    try:
        @check("kernel_info describes Java")
        def _():
            info = wait_for(client, client.kernel_info())["content"]
            language = info["language_info"]
            assert language["name"] == "java", language
            assert language["file_extension"] == ".jshell", language
            assert language["codemirror_mode"] == "text/x-java", language

        @check("a cell runs and shows its value")
        def _():
            outputs = []
            result = client.execute_interactive("int answer = 6 * 7;\nanswer", output_hook=outputs.append, timeout=TIMEOUT)
            assert result["content"]["status"] == "ok", result["content"]
            values = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]
            assert values == ["42"], values

        @check("complete offers genai's methods")
        def _():
            content = wait_for(client, client.complete("genai.uplo", 10))["content"]
            assert content["matches"] == ["uploadFile("], content
            assert (content["cursor_start"], content["cursor_end"]) == (6, 10), content

        @check("complete offers variables of earlier cells")
        def _():
            content = wait_for(client, client.complete("answ", 4))["content"]
            assert "answer" in content["matches"], content

        @check("inspect shows the helper API's Javadoc")
        def _():
            content = wait_for(client, client.inspect("genai.uploadFile", 12))["content"]
            assert content["found"], content
            text = content["data"]["text/plain"]
            assert "UploadedFile GenAI.uploadFile(Path path, String displayName)" in text, text
            assert "Uploads a local image, video or audio file" in text, text

        @check("is_complete asks for more after an open brace")
        def _():
            content = wait_for(client, client.is_complete("for (int i = 0; i < 3; i++) {"))["content"]
            assert content["status"] == "incomplete" and content["indent"] == "    ", content
            content = wait_for(client, client.is_complete("int x = 1;"))["content"]
            assert content["status"] == "complete", content

        @check("stop_on_error aborts the cells queued behind a failure")
        def _():
            failing = client.execute('Thread.sleep(400);\nthrow new IllegalStateException("stop here");')
            queued = client.execute("int ranAfterFailure = 1;")
            assert wait_for(client, failing)["content"]["status"] == "error"
            content = wait_for(client, queued)["content"]
            assert content["status"] == "aborted", content
            result = client.execute_interactive("ranAfterFailure", output_hook=ignore, timeout=TIMEOUT)
            assert result["content"]["status"] == "error", result["content"]

        @check("a cell reads the line the front end types (input_request)")
        def _():
            prompts = []

            def type_a_line(msg):
                prompts.append(msg["content"])
                client.input("Ada")

            outputs = []
            result = client.execute_interactive('"hello " + new java.util.Scanner(System.in).nextLine()',
                                                allow_stdin=True, stdin_hook=type_a_line,
                                                output_hook=outputs.append, timeout=TIMEOUT)
            assert result["content"]["status"] == "ok", result["content"]
            assert len(prompts) == 1, prompts
            values = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]
            assert values == ["hello Ada"], values

        @check("without allow_stdin reading System.in ends at once")
        def _():
            outputs = []
            result = client.execute_interactive("System.in.read()", allow_stdin=False,
                                                output_hook=outputs.append, timeout=TIMEOUT)
            values = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]
            assert values == ["-1"], (result["content"], values)

        @check("history tail gives the last cells")
        def _():
            client.execute_interactive("int historyMark = 1;", output_hook=ignore, timeout=TIMEOUT)
            client.execute_interactive("historyMark + 1", output_hook=ignore, timeout=TIMEOUT)
            content = wait_for(client, client.history(hist_access_type="tail", n=2, output=True, raw=True))["content"]
            assert content["status"] == "ok", content
            entries = [(cell[0], cell[2]) for cell in content["history"]]
            assert entries == [(1, ["int historyMark = 1;", ""]), (1, ["historyMark + 1", "2"])], content
            numbers = [cell[1] for cell in content["history"]]
            assert numbers[1] == numbers[0] + 1, numbers
            content = wait_for(client, client.history(hist_access_type="search", pattern="historyMark*", n=5,
                                                      unique=True, output=False, raw=True))["content"]
            assert [cell[2] for cell in content["history"]] == ["historyMark + 1"], content

        shared = {}

        def server_pid():
            outputs = []
            client.execute_interactive("genai.backend().description()", output_hook=outputs.append, timeout=TIMEOUT)
            values = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]
            match = re.search(r"shared by your notebooks: pid (\d+)", values[0] if values else "")
            assert match, values
            return match.group(1)

        @check("genai uses the local server every kernel shares, in a process of its own")
        def _():
            shared["pid"] = server_pid()
            assert shared["pid"] != str(manager.provisioner.pid if manager.provisioner else ""), shared

        @check("interrupt stops a busy loop and the kernel lives on")
        def _():
            msg_id = client.execute("while (true) { }")
            time.sleep(1.0)
            manager.interrupt_kernel()
            result = wait_for(client, msg_id)["content"]
            assert result["status"] == "error" and result["ename"] == "Interrupted", result
            outputs = []
            client.execute_interactive("1 + 1", output_hook=outputs.append, timeout=TIMEOUT)
            values = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]
            assert values == ["2"], values

        @check("restart gives a fresh kernel")
        def _():
            manager.restart_kernel(now=False)
            client.wait_for_ready(timeout=TIMEOUT)
            outputs = []
            result = client.execute_interactive("answer", output_hook=outputs.append, timeout=TIMEOUT)
            assert result["content"]["status"] == "error", result["content"]
            assert "cannot find symbol" in result["content"]["evalue"], result["content"]

        @check("the restarted kernel finds the shared server still running (no models to load again)")
        def _():
            assert server_pid() == shared.get("pid"), shared
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=False)

    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
