"""Command-line options: a repeated list option gathers every value, any other repeated option is refused with a
message (never only the last kept); ``--lang en`` gives the help in English throughout (issue 12)."""

from __future__ import annotations

import argparse

import pytest

from app.cli.main import build_parser, main


def has_thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def parse(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def test_repeated_city_and_number_accumulate():
    assert parse("certificates", "issue", "--city", "ภูเก็ต", "--city", "ขอนแก่น").city == ["ภูเก็ต", "ขอนแก่น"]
    assert parse("certificates", "issue", "--city", "ก", "ข", "--city", "ค").city == ["ก", "ข", "ค"]
    args = parse("certificates", "pdf", "--number", "สมอ. 001/2564", "--pdf", "x.pdf", "--number", "สมอ. 002/2564")
    assert args.number == ["สมอ. 001/2564", "สมอ. 002/2564"]


def test_repeatable_options_still_append():
    args = parse("import", "zones", "z.xlsx", "--map", "ก=name", "--map", "ข=province", "--ignore-column", "ค",
                 "--ignore-column", "ง")
    assert args.map == ["ก=name", "ข=province"] and args.ignore_column == ["ค", "ง"]


@pytest.mark.parametrize("argv, option", [
    (["--db", "a.sqlite", "--db", "b.sqlite", "demo"], "--db"),
    (["plan", "summary", "--year", "2567", "--year", "2568", "--pdf", "s.pdf"], "--year"),
    (["certificates", "issue", "--meeting", "1/2564", "--meeting", "2/2564"], "--meeting"),
    (["minutes", "--meeting", "1/2564", "--pdf", "a.pdf", "--pdf", "b.pdf"], "--pdf"),
    (["export", "cities", "--xlsx", "a.xlsx", "--xlsx", "b.xlsx"], "--xlsx"),
])
def test_any_other_repeated_option_is_refused_with_a_message(capsys, argv, option):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("คำสั่งไม่ถูกต้อง: ") and f"ใส่ {option} ได้ครั้งเดียว" in err and err.count("\n") == 1


def test_the_refusal_in_english(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--db", "a.sqlite", "--db", "b.sqlite", "demo"])
    assert capsys.readouterr().err.startswith("Invalid command: --db may be given only once")


def every_parser(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from every_parser(sub)


def test_the_english_help_has_no_thai_in_any_command():
    parsers = list(every_parser(build_parser("en")))
    assert len(parsers) > 25
    thai = {p.prog: [line for line in p.format_help().splitlines() if has_thai(line)] for p in parsers}
    assert {prog: lines for prog, lines in thai.items() if lines} == {}


def test_lang_en_help_from_the_command_line(capsys):
    for argv in (["--lang", "en", "--help"], ["--lang", "en", "certificates", "--help"],
                 ["--lang=en", "certificates", "issue", "--help"],
                 ["--db", "x", "--lang", "en", "plan", "summary", "-h"]):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        out = capsys.readouterr().out
        assert exit_info.value.code == 0 and out.startswith("usage:") and not has_thai(out), argv
    with pytest.raises(SystemExit):
        main(["certificates", "issue", "--help"])  # Thai by default
    assert "ชื่อเมือง/โครงการ" in capsys.readouterr().out
