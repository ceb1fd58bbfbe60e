"""The catalogues: every message finished, placeholders kept, nothing in the sources left out.

``resources/translations/workstation_ru.ts`` is checked as XML (no Qt needed), then
``pyside6-lupdate`` is run over the current sources into a temporary catalogue: a string
added to ``ui/`` or ``workstation/`` without a Russian translation fails here.
``workstation_en.ts`` holds only the plural messages (English is the source language, but
``%n day(s)`` needs "1 day" and "2 days"): each one in the sources is there, in two forms.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "workstation_ru.ts"
ENGLISH = ROOT / "resources" / "translations" / "workstation_en.ts"
SOURCE_DIRS = ("ui", "workstation")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
ACCELERATOR = re.compile(r"&(?!&)\S")
UPDATE_HINT = (
    "update the catalogue: .venv/bin/pyside6-lupdate -source-language en -target-language ru_RU "
    "$(find ui workstation -name '*.py' | sort) -ts resources/translations/workstation_ru.ts, "
    "then translate the new messages"
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    state: str | None  # the translation's type: None when finished
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_catalogue(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                state, forms = "missing", ()
            elif numerus:
                state = translation.get("type")
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                state, forms = translation.get("type"), (translation.text or "",)
            messages.append(Message(name, message.findtext("source", ""), numerus, state, forms))
    return messages


def source_files() -> list[Path]:
    return sorted(path for folder in SOURCE_DIRS for path in (ROOT / folder).rglob("*.py"))


@pytest.fixture(scope="module")
def catalogue() -> list[Message]:
    return read_catalogue(CATALOGUE)


@pytest.fixture(scope="module")
def translated(catalogue: list[Message]) -> dict[tuple[str, str], Message]:
    """The finished messages of the catalogue by context and source text."""
    return {m.key: m for m in catalogue if m.state is None and all(f.strip() for f in m.forms)}


def test_catalogue_is_russian_from_english() -> None:
    root = ET.parse(CATALOGUE).getroot()
    assert root.get("language") == "ru_RU"
    assert root.get("sourcelanguage") == "en"


def test_every_message_is_finished(catalogue: list[Message]) -> None:
    assert catalogue
    unfinished = [f"{m} ({m.state})" for m in catalogue if m.state is not None]
    empty = [str(m) for m in catalogue if not m.forms or not all(f.strip() for f in m.forms)]
    assert not unfinished, (
        "messages not finished (unfinished, vanished or obsolete):\n" + "\n".join(unfinished)
    )
    assert not empty, "messages with an empty translation:\n" + "\n".join(empty)


def test_plural_messages_have_three_russian_forms(catalogue: list[Message]) -> None:
    wrong = [str(m) for m in catalogue if m.numerus and len(m.forms) != 3]
    assert not wrong, "a Russian plural needs the one, few and many forms:\n" + "\n".join(wrong)


def test_placeholders_are_kept(catalogue: list[Message]) -> None:
    wrong = []
    for message in catalogue:
        wanted = sorted(PLACEHOLDER.findall(message.source))
        for form in message.forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                wrong.append(f"{message}: {form!r}")
            elif message.numerus and "%n" not in form:
                wrong.append(f"{message}: {form!r} lacks %n")
    assert not wrong, "placeholders differ between source and translation:\n" + "\n".join(wrong)


def test_accelerators_are_kept(catalogue: list[Message]) -> None:
    wrong = [
        f"{m}: {form!r}"
        for m in catalogue
        for form in m.forms
        if len(ACCELERATOR.findall(m.source)) != len(ACCELERATOR.findall(form))
    ]
    assert not wrong, "a menu or label accelerator (&) was lost or added:\n" + "\n".join(wrong)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What pyside6-lupdate finds in the sources as they are now."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    command = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    assert command, "pyside6-lupdate is not installed (pip install -e '.[dev]')"
    target = tmp_path_factory.mktemp("lupdate") / "workstation_ru.ts"
    options = ["-silent", "-source-language", "en", "-target-language", "ru_RU"]
    files = [str(path) for path in source_files()]
    done = subprocess.run(
        [command, *options, *files, "-ts", str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return read_catalogue(target)


def test_every_source_string_is_translated(
    extracted: list[Message], translated: dict[tuple[str, str], Message]
) -> None:
    assert extracted, "pyside6-lupdate found no messages in the sources"
    missing = sorted({str(m) for m in extracted if m.key not in translated})
    assert not missing, (
        f"{len(missing)} source string(s) without a Russian translation; {UPDATE_HINT}:\n"
        + "\n".join(missing)
    )


# -- the English plurals ------------------------------------------------------------------


@pytest.fixture(scope="module")
def english() -> list[Message]:
    return read_catalogue(ENGLISH)


def test_english_catalogue_is_english_from_english() -> None:
    root = ET.parse(ENGLISH).getroot()
    assert root.get("language") == "en"
    assert root.get("sourcelanguage") == "en"


def test_english_catalogue_has_only_finished_plurals_of_one_and_many(
    english: list[Message],
) -> None:
    assert english
    wrong = [
        f"{m} ({m.state}): {m.forms!r}"
        for m in english
        if not m.numerus
        or m.state is not None
        or len(m.forms) != 2
        or not all("%n" in f for f in m.forms)
        or any(
            sorted(PLACEHOLDER.findall(f)) != sorted(PLACEHOLDER.findall(m.source)) for f in m.forms
        )
        or any("(s)" in f for f in m.forms)
    ]
    assert not wrong, (
        "an English plural needs its one and many forms, with %n and the placeholders:\n"
        + "\n".join(wrong)
    )


def test_every_plural_in_the_sources_has_english_forms(
    extracted: list[Message], english: list[Message]
) -> None:
    finished = {m.key for m in english if m.state is None}
    missing = sorted({str(m) for m in extracted if m.numerus and m.key not in finished})
    assert not missing, (
        "plural message(s) without English forms; run make update-translations and fill "
        "resources/translations/workstation_en.ts:\n" + "\n".join(missing)
    )


# -- core messages whose context is a constant ------------------------------------------
# pyside6-lupdate takes the context of QT_TRANSLATE_NOOP only from a string literal; a call
# such as QT_TRANSLATE_NOOP(ERRORS, "...") is skipped by it, so it is checked here.


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _string_constants(trees: dict[Path, ast.Module]) -> dict[tuple[str, str], str]:
    """Module-level ``NAME = "text"`` of every source module, by module and name."""
    constants = {}
    for path, tree in trees.items():
        module = _module_name(path)
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        constants[module, target.id] = node.value.value
    return constants


def _noop_calls() -> Iterator[tuple[str, int, str | None, str]]:
    """(file, line, context or None if unresolved, text) of QT_TRANSLATE_NOOP(NAME, "text")."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in source_files()}
    constants = _string_constants(trees)
    for path, tree in trees.items():
        module = _module_name(path)
        names = {name: (module, name) for (mod, name) in constants if mod == module}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    names[alias.asname or alias.name] = (node.module, alias.name)
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2
                and isinstance(node.args[0], ast.Name)
                and isinstance(node.args[1], ast.Constant)
            ):
                continue
            where = names.get(node.args[0].id)
            context = constants.get(where) if where else None
            relative = path.relative_to(ROOT).as_posix()
            yield relative, node.lineno, context, str(node.args[1].value)


def test_core_messages_with_a_constant_context_are_translated(
    translated: dict[tuple[str, str], Message],
) -> None:
    problems = []
    for file, line, context, text in _noop_calls():
        if context is None:
            problems.append(f"{file}:{line}: the context of {text!r} is not a known constant")
        elif (context, text) not in translated:
            problems.append(f"{file}:{line}: [{context}] {text!r} has no Russian translation")
    assert not problems, "\n".join(problems)
