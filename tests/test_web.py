"""`qa-checker serve`: the local page, driven in a real browser (Playwright with Debian's Chromium), and a
load test of 50 uploads at once on loopback."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import docx
import pytest

from qa_checker.web import create_app

from .conftest import SAMPLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.web, pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning", access_log=False)
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(100):
        if running.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


def _temp_files() -> set[str]:
    import tempfile

    return {p.name for p in Path(tempfile.gettempdir()).glob("qa-checker-*")}


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is installed by .ci/run")
def test_a_person_checks_a_report_and_downloads_the_word_copy(server: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    before = _temp_files()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(accept_downloads=True)
        page.goto(server)
        page.get_by_label("Your report").set_input_files(str(SAMPLES / "norfolk-education-03-bold-headings.docx"))
        page.get_by_role("button", name="Check my report").click()
        page.wait_for_selector("text=What to change")
        assert page.locator("mark").count() >= 3  # findings marked in the report's own words
        assert "Score:" in page.content()
        page.locator("mark").first.scroll_into_view_if_needed()
        page.screenshot(path=str(tmp_path / "result.png"), full_page=False)
        with page.expect_download() as waiting:
            page.get_by_role("link", name="Download your Word file with comments").click()
        saved = tmp_path / "reviewed.docx"
        waiting.value.save_as(saved)
        assert len(list(docx.Document(str(saved)).comments)) >= 3
        # A broken file gets the same plain message as the command line.
        page.goto(server)
        broken = tmp_path / "broken.docx"
        broken.write_bytes(b"PK\x03\x04 this is not a Word file")
        page.get_by_label("Your report").set_input_files(str(broken))
        page.get_by_role("button", name="Check my report").click()
        page.wait_for_selector("[role=alert]")
        assert "damaged" in page.locator("[role=alert]").inner_text()
        browser.close()
    assert _temp_files() == before  # nothing of the uploads is left on disk
    from PIL import Image

    image = Image.open(tmp_path / "result.png").convert("RGB")
    amber = sum(1 for p in image.get_flattened_data()
                if abs(p[0] - 0xFF) < 20 and abs(p[1] - 0xD5) < 20 and p[2] < 0x70)
    assert amber > 100  # the highlight colour shows on screen


def test_fifty_uploads_at_once(server: str) -> None:
    import httpx

    report = (SAMPLES / "llr-02-form-table.docx").read_bytes()

    def one(_: int) -> tuple[int, str]:
        with httpx.Client(base_url=server, timeout=120) as client:
            page = client.get("/").text
            token = page.split('name="token" value="')[1].split('"')[0]
            answer = client.post("/check", data={"token": token, "template": ""},
                                 files={"reports": ("report.docx", report)})
            return answer.status_code, answer.text

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=50) as pool:
        answers = list(pool.map(one, range(50)))
    elapsed = time.perf_counter() - started
    assert all(status == 200 for status, _ in answers)
    assert all("Score:" in text and "Leicester" in text for _, text in answers)
    print(f"50 concurrent uploads in {elapsed:.1f} s: {50 / elapsed:.1f} requests/s")


def test_a_post_without_the_page_token_is_refused(server: str) -> None:
    import httpx

    answer = httpx.post(f"{server}/check", data={"token": "guess"},
                        files={"reports": ("r.docx", (SAMPLES / "llr-02-form-table.docx").read_bytes())})
    assert answer.status_code == 403 and "Score:" not in answer.text


def test_a_large_upload_gets_a_plain_message_and_the_log_holds_no_report_text(server: str, caplog) -> None:  # noqa: ANN001
    import logging

    import httpx

    caplog.set_level(logging.DEBUG)
    with httpx.Client(base_url=server, timeout=60) as client:
        token = client.get("/").text.split('name="token" value="')[1].split('"')[0]
        answer = client.post("/check", data={"token": token},
                             files={"reports": ("big.docx", b"x" * (21 * 1024 * 1024))})
        assert answer.status_code == 200 and "too large" in answer.text
        token = client.get("/").text.split('name="token" value="')[1].split('"')[0]
        client.post("/check", data={"token": token},
                    files={"reports": ("r.docx", (SAMPLES / "llr-02-form-table.docx").read_bytes())})
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Harvey" not in logged and "Donna" not in logged  # names from the report never reach the log


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is installed by .ci/run")
def test_the_form_works_by_keyboard_in_a_sensible_order(server: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.goto(server)
        order = []
        for _ in range(4):
            page.keyboard.press("Tab")
            order.append(page.evaluate("document.activeElement.id || document.activeElement.className || "
                                       "document.activeElement.tagName"))
        browser.close()
    assert order == ["skip", "reports", "template", "BUTTON"], order
