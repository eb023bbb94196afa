"""``creepguard completion SHELL`` and ``--help``: made from the parser, run by the shells."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from creepguard import cli, completion

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def script(shell: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert cli.main(["completion", shell]) == 0
    return capsys.readouterr().out


def every_command_and_option() -> dict[str, set[str]]:
    parser = cli.build_parser()
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {
        name: {flag for action in sub._actions for flag in action.option_strings}
        for name, sub in commands.choices.items()
    }


def need(shell: str) -> str:
    found = shutil.which(shell)
    if found is None:
        pytest.skip(f"{shell} is not installed")
    return found


def bash_complete(source: str, line: str) -> list[str]:
    """What bash offers for the last word of ``line`` (a trailing space: a new word)."""
    words = line.split() + ([""] if line.endswith(" ") else [])
    program = "\n".join(
        [
            source,
            "COMP_WORDS=(" + " ".join(f"'{w}'" for w in words) + ")",
            f"COMP_CWORD={len(words) - 1}",
            "_creepguard",
            'printf "%s\\n" "${COMPREPLY[@]}"',
        ]
    )
    result = subprocess.run(
        [need("bash"), "--norc", "-c", program], capture_output=True, text=True, check=True
    )
    return sorted(filter(None, result.stdout.splitlines()))


def test_bash_completes_commands_options_and_values(capsys: pytest.CaptureFixture[str]) -> None:
    source = script("bash", capsys)
    assert bash_complete(source, "creepguard sta") == ["stand", "status"]
    assert bash_complete(source, "creepguard status --f") == ["--format"]
    assert bash_complete(source, "creepguard status --format ") == ["waybar"]
    assert bash_complete(source, "creepguard export --format ") == ["csv", "json"]
    assert bash_complete(source, "creepguard autostart ") == ["--help", "-h", "off", "on"]
    assert bash_complete(source, "creepguard -v completion ") == [
        "--help", "-h", "bash", "fish", "zsh"
    ]  # fmt: skip
    offered = bash_complete(source, "creepguard ")
    assert set(every_command_and_option()) <= set(offered)
    for command, options in every_command_and_option().items():
        assert options <= set(bash_complete(source, f"creepguard {command} -")), command


def test_fish_completes_commands_options_and_values(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fish = need("fish")
    (tmp_path / "creepguard.fish").write_text(script("fish", capsys))

    def offered(line: str) -> list[str]:
        command = f"source {tmp_path / 'creepguard.fish'}; complete -C '{line}'"
        result = subprocess.run([fish, "-c", command], capture_output=True, text=True, check=True)
        return sorted(row.split("\t")[0] for row in result.stdout.splitlines())

    assert offered("creepguard sta") == ["stand", "status"]
    assert offered("creepguard status --format ") == ["waybar"]
    assert offered("creepguard autostart ") == ["off", "on"]
    assert set(every_command_and_option()) <= set(offered("creepguard "))
    assert {"--week", "--json"} <= set(offered("creepguard history --"))


def test_zsh_reads_its_script(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    zsh = need("zsh")
    source = script("zsh", capsys)
    assert source.startswith("#compdef creepguard\n")
    (tmp_path / "_creepguard").write_text(source)
    subprocess.run([zsh, "-n", str(tmp_path / "_creepguard")], check=True)
    for command, options in every_command_and_option().items():
        assert re.search(rf"^\s+'{command}:", source, re.M), command
        line = next(row for row in source.splitlines() if row.strip().startswith(f"{command})"))
        for option in options:
            assert option in line, (command, option)


def test_the_scripts_are_made_from_the_parser(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    made = cli.build_parser

    def with_one_more() -> argparse.ArgumentParser:
        parser = made()
        (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        extra = commands.add_parser("stretch", help="a command added later")
        extra.add_argument("--side", choices=["left", "right"], help="which side")
        return parser

    monkeypatch.setattr(cli, "build_parser", with_one_more)
    for shell in completion.SHELLS:
        text = script(shell, capsys)
        side = "-l side" if shell == "fish" else "--side"
        assert "stretch" in text and side in text and "left right" in text, shell


def test_help_covers_the_readme_command_table(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    text = capsys.readouterr().out
    table = README.split("## The command line", 1)[1].split("Exit codes:", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| `creepguard")]
    assert len(rows) >= 9
    for row in rows:
        cell = row.split("|")[1]
        for word in re.findall(r"`creepguard ([a-z]+)", cell) + re.findall(r"/ `([a-z]+)`", cell):
            assert re.search(rf"^\s+{word}\s", text, re.M), word
        for option in re.findall(r"--[a-z-]+", cell):
            assert option in text, option
    assert "Exit codes: 0 ok, 1 failure, 2 bad usage, 3 no tracker running." in text
    assert "tomorrow" in text


def test_an_unknown_shell_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["completion", "tcsh"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
