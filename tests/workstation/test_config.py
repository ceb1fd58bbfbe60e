"""Where the database URL comes from, and that a password never comes from a file."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from workstation import config
from workstation.errors import ConfigError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def test_order_is_option_then_environment_then_file_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = config.resolve_database_url(None)
    assert default == f"sqlite:///{tmp_path / 'data' / 'workstation.db'}"
    (tmp_path / "config.toml").write_text('[database]\nurl = "sqlite:////srv/file.db"\n')
    assert config.resolve_database_url(None) == "sqlite:////srv/file.db"
    monkeypatch.setenv("WORKSTATION_DB", "sqlite:////srv/env.db")
    assert config.resolve_database_url(None) == "sqlite:////srv/env.db"
    assert config.resolve_database_url("sqlite:////srv/cli.db") == "sqlite:////srv/cli.db"


def test_a_password_in_the_config_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text(
        '[database]\nurl = "postgresql+psycopg://crm:topsecret@db.example/crm"\n'
    )
    with pytest.raises(ConfigError, match=r"keyring") as error:
        config.load_settings()
    assert "topsecret" not in str(error.value)


def test_a_broken_config_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("[database\n")
    with pytest.raises(ConfigError, match=r"config\.toml"):
        config.load_settings()


def test_the_password_comes_from_the_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    ring = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: ring)
    monkeypatch.setattr(keyring, "get_password", ring.get_password)
    url = config.parse_database_url("postgresql+psycopg://crm@db.example:5433/crm")
    assert config.with_keyring_password(url).password is None
    ring.set_password(config.KEYRING_SERVICE, "db:crm@db.example:5433/crm", "from-keyring")
    filled = config.with_keyring_password(url)
    assert filled.password == "from-keyring"
    assert "from-keyring" not in config.mask_password(filled)


def test_plain_postgresql_urls_use_psycopg() -> None:
    url = config.parse_database_url("postgresql://crm@db.example/crm")
    assert url.get_driver_name() == "psycopg"


def test_business_rules_from_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text(
        '[rules]\nquarantine_days = 60\nadjustment_cap_agent = "750.50"\n'
    )
    rules = config.load_settings().rules
    assert rules.quarantine_days == 60
    assert str(rules.adjustment_cap_agent) == "750.50"
    assert str(rules.adjustment_cap_supervisor) == "10000.00"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('quarantine_days = "many"', "not a number"),
        ("quarantine_days = -1", "negative"),
        ("grace = 3", "unknown setting"),
    ],
)
def test_a_wrong_rule_is_named(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "config.toml").write_text(f"[rules]\n{text}\n")
    with pytest.raises(ConfigError, match=message):
        config.load_settings()


def test_the_envelope_window_offset_from_the_config_file(tmp_path: Path) -> None:
    assert config.load_settings().statements.window_offset_mm == (0.0, 0.0)
    (tmp_path / "config.toml").write_text('[statements]\nwindow_offset_mm = "3.5, -2"\n')
    assert config.load_settings().statements.window_offset_mm == (3.5, -2.0)
    (tmp_path / "config.toml").write_text("[statements]\nwindow_offset_mm = [-10, 0.5]\n")
    assert config.load_settings().statements.window_offset_mm == (-10.0, 0.5)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('window_offset_mm = "3.5"', "is not two numbers of millimetres"),
        ('window_offset_mm = "3,5,1"', "is not two numbers of millimetres"),
        ('window_offset_mm = "left,up"', "is not two numbers of millimetres"),
        ('window_offset_mm = "nan,0"', "is not two numbers of millimetres"),
        ("window_offset_mm = [true, 0]", "is not two numbers of millimetres"),
        ("window_offset_mm = 3", "is not two numbers of millimetres"),
        ('window_offset_mm = "0,-12"', "moves at most 10 mm either way"),
        ('offset = "1,1"', r"unknown setting \[statements\] offset"),
    ],
)
def test_a_wrong_window_offset_is_named(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "config.toml").write_text(f"[statements]\n{text}\n")
    with pytest.raises(ConfigError, match=message) as error:
        config.load_settings()
    assert "config.toml" in str(error.value)


def test_the_fax_image_settings_are_checked(tmp_path: Path) -> None:
    mail = config.load_settings().mail
    assert (mail.fax_resolution, mail.fax_compression) == ("fine", "g4")
    (tmp_path / "config.toml").write_text(
        '[mail]\nfax_resolution = "normal"\nfax_compression = "g3"\n'
    )
    mail = config.load_settings().mail
    assert (mail.fax_resolution, mail.fax_compression) == ("normal", "g3")
    for wrong, choices in (
        ('fax_resolution = "superfine"', "fine, normal"),
        ('fax_compression = "group4"', "g4, g3"),
    ):
        (tmp_path / "config.toml").write_text(f"[mail]\n{wrong}\n")
        with pytest.raises(ConfigError, match=f"use one of {choices}"):
            config.load_settings()
