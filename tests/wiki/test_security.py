"""Credentials stay in pywikibot's files, titles outside the allowed prefix are never edited
however they are spelled, and every request says who runs the bot (User-Agent)."""

from __future__ import annotations

import ast
import re
import stat
import subprocess
import sys
from pathlib import Path

from tests.support.api import Wiki
from tests.support.proxy import Proxy, Rule
from tests.wiki.conftest import PREFIX, Workspace

from salonbot import sandbox as sandbox_module
from salonbot.sandbox import SandboxInfo


def report(title: str) -> str:
    return f"title: {title}\nwhat_happened: We met.\n"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_pywikibot_files_are_private(workspace: Workspace, sandbox: SandboxInfo) -> None:
    workspace.write("private.yaml", report(PREFIX + "Security private"))
    assert workspace.run("push", "--dry-run").returncode == 0  # logged in: a cookie jar exists
    directory = sandbox.pywikibot_dir
    assert mode(directory) == 0o700
    assert mode(directory / "user-password.py") == 0o600
    jars = list(directory.glob("pywikibot-*.lwp"))
    assert jars and all(mode(jar) == 0o600 for jar in jars)


def test_the_bot_password_is_in_no_output_and_no_log(proxied: Workspace, proxy: Proxy,
                                                     sandbox: SandboxInfo, wiki: Wiki) -> None:
    password = sandbox_module.load_accounts(sandbox.state_dir)["bot_password"].password
    pywikibot_dir = Path(proxied.env["PYWIKIBOT_DIR"])
    title = PREFIX + "Security password"
    proxied.write("secret.yaml", report(title))
    noisy = ("-verbose", "-debug", "-log")
    commands = [("validate",), ("render", "reports/secret.yaml"), ("push", "--dry-run", *noisy),
                ("push", "--yes", *noisy), ("pull", *noisy), ("status", *noisy), ("diff", *noisy),
                ("sync", "--yes", *noisy)]
    # The first command that logs in meets a failing login request, which pywikibot logs with
    # its parameters before retrying.
    proxy.plan([Rule("status", action="login"), Rule("drop_before", action="clientlogin")])
    outputs = []
    for command in commands:
        result = proxied.run(*command)
        assert result.returncode in (0, 1), (command, result.stderr)
        outputs.append(result.stdout + result.stderr)
    assert any(r.params.get("action") == "login" for r in proxy.requests), "no login was made"
    assert not any(password in output for output in outputs)
    files = [path for path in [*proxied.root.rglob("*"), *pywikibot_dir.rglob("*")]
             if path.is_file() and path.name != "user-password.py"]
    assert any(path.parent.name == "logs" for path in files), "pywikibot wrote no log file"
    leaks = [str(path) for path in files if password.encode() in path.read_bytes()]
    assert leaks == []


TRICKS = {
    "namespace": "User:SalonBot/x",
    "project namespace": "Project:" + PREFIX + "x",
    "interwiki-like": "meta:" + PREFIX + "x",
    "dot dot": PREFIX + "../../Main Page",
    "cyrillic look-alike": "\u0405trategy" + PREFIX[len("S"):] + "x",
    "lower case": PREFIX.lower() + "x",
    "underscores": PREFIX.replace(" ", "_") + "x",
    "leading colon": ":" + PREFIX + "x",
}


def test_titles_outside_the_prefix_are_refused_however_spelled(proxied: Workspace,
                                                               proxy: Proxy,
                                                               wiki: Wiki) -> None:
    for number, title in enumerate(TRICKS.values()):
        proxied.write(f"trick-{number}.yaml", report(title))
    main_page = wiki.revisions("Main Page")
    result = proxied.run("push", "--yes")
    assert result.returncode == 1
    assert re.search(rf"^refused +{len(TRICKS)}$", result.stdout, re.MULTILINE), result.stdout
    assert not [r for r in proxy.requests if r.params.get("action") == "edit"]
    assert wiki.revisions("Main Page") == main_page
    for title in ("User:SalonBot/x", "Project:" + PREFIX + "x", "Meta:" + PREFIX + "x",
                  "\u0405trategy" + PREFIX[1:] + "x"):
        assert wiki.page_text(title) is None, title


def test_every_request_names_salonbot_and_its_operator(proxied: Workspace, proxy: Proxy,
                                                       sandbox: SandboxInfo) -> None:
    config = (sandbox.pywikibot_dir / "user-config.py").read_text(encoding="utf-8")
    match = re.search(r"^user_agent_description = (.+)$", config, re.MULTILINE)
    assert match, "the sandbox's user-config.py sets no user_agent_description"
    description = ast.literal_eval(match[1].split("  #")[0])
    proxied.write("agent.yaml", report(PREFIX + "Security user agent"))
    assert proxied.run("push", "--dry-run").returncode == 0
    agents = {r.headers.get("User-Agent") or r.headers.get("user-agent") for r in proxy.requests}
    assert proxy.requests and None not in agents
    for agent in agents:
        assert "salonbot" in agent.lower() and description in agent
        assert "User:SalonBot" in agent  # the bot's user page: where to reach its operator
        assert re.search(r"[\w.+-]+@[\w-]+\.[\w.]+|contact", description), \
            "the description gives no contact (an e-mail address or a 'contact:' note)"


def documented_user_agent() -> str:
    """The example header of docs/operations.md, `### User-Agent`."""
    text = (Path(__file__).parents[2] / "docs" / "operations.md").read_text(encoding="utf-8")
    section = text.split("### User-Agent", 1)[1]
    return re.findall(r"^```\n(.+?)\n```$", section, re.MULTILINE)[0]


def test_the_documented_user_agent_is_what_the_salonbot_command_sends(
        proxied: Workspace, proxy: Proxy, sandbox: SandboxInfo) -> None:
    config = (Path(proxied.env["PYWIKIBOT_DIR"]) / "user-config.py").read_text(encoding="utf-8")
    found = re.search(r"^user_agent_description = (.+)$", config, re.MULTILINE)
    assert found, "the pywikibot configuration sets no user_agent_description"
    description = ast.literal_eval(found[1])
    proxied.write("agent2.yaml", report(PREFIX + "Security documented agent"))
    command = Path(sys.executable).parent / "salonbot"  # the installed command, as people run it
    result = subprocess.run([str(command), "push", "--dry-run"], cwd=proxied.root,
                            env=proxied.env, capture_output=True, text=True, timeout=300,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    agents = {r.headers.get("User-Agent") or r.headers.get("user-agent") for r in proxy.requests}
    documented = documented_user_agent()
    docs_description = "salonbot (operator: User:YourName on Meta-Wiki; you@example.org)"
    user_page = "https://meta.wikimedia.org/wiki/User:ExampleSalonBot"
    assert documented.startswith(f"ExampleSalonBot/salonbot ({docs_description}; {user_page}) ")
    expected = re.escape(documented).replace(re.escape(docs_description), re.escape(description))
    expected = expected.replace(re.escape(user_page),
                                re.escape(f"{proxy.url}/wiki/User:{sandbox.bot_user}"))
    expected = expected.replace("ExampleSalonBot/", re.escape(f"{sandbox.bot_user}/"), 1)
    # the versions are those installed: any version where the example has one
    version = r"[0-9][0-9.]*(?:final\.[0-9]+)?"  # 11.9.0, 3.11.7.final.0
    expected = re.sub(r"\d+(?:\\\.\d+)+(?:\\\.final\\\.\d+)?", lambda _: version, expected)
    assert len(agents) == 1, agents
    assert re.fullmatch(expected, agents.pop() or ""), (documented, expected)
