"""Where the workstation's settings come from.

The database URL is taken from, in order: ``--db URL``, ``WORKSTATION_DB``, the config
file, and otherwise a SQLite file in the user data directory. A database password is
never read from the config file: it comes from the OS keyring (``workstation config
db-password``) or the server's own authentication.
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, field, fields
from decimal import Decimal
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from workstation import APP_NAME
from workstation.errors import ConfigError

ENV_DATABASE = "WORKSTATION_DB"
ENV_CONFIG = "WORKSTATION_CONFIG"
ENV_DATA_DIR = "WORKSTATION_DATA_DIR"
KEYRING_SERVICE = APP_NAME
DEFAULT_TIME_ZONE = "Europe/Moscow"
LANGUAGES = ("ru", "en")


def data_dir() -> Path:
    """The per-user directory of the embedded database (``WORKSTATION_DATA_DIR`` overrides)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_path() -> Path:
    override = os.environ.get(ENV_CONFIG)
    if override:
        return Path(override)
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "config.toml"


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'workstation.db'}"


@dataclass(frozen=True)
class Rules:
    """Business rules the operator tunes: the ``[rules]`` section of the config file."""

    quarantine_days: int = 90
    """How long a released number rests before it can be given out again."""
    adjustment_cap_agent: Decimal = Decimal("500.00")
    adjustment_cap_supervisor: Decimal = Decimal("10000.00")
    promised_payment_days: int = 3
    promised_payment_max: Decimal = Decimal("2000.00")
    callback_target_minutes: int = 120
    """A callback answered within this time of the request counts as on time."""
    callback_max_attempts: int = 3
    """Unanswered attempts after which a callback is given up."""
    callback_retry_minutes: int = 30
    """When the next attempt falls due after no answer, unless the agent chooses a time."""


MAIL_SECURITY = ("starttls", "tls", "none")
INBOX_KINDS = ("imap", "maildir")
FAX_FORMATS = ("tiff", "pdf")
FAX_RESOLUTIONS = ("fine", "normal")
FAX_COMPRESSIONS = ("g4", "g3")


@dataclass(frozen=True)
class MailSettings:
    """The ``[mail]`` section: how messages leave (SMTP, gateways) and where requests arrive.

    No password is ever read from here: the SMTP and IMAP passwords live in the OS keyring
    (``workstation config smtp``, ``workstation config imap``).
    """

    smtp_host: str = "localhost"
    smtp_port: int = 587
    security: str = "starttls"
    """``starttls`` (587), ``tls`` (implicit TLS, 465) or ``none`` (a relay on this host)."""
    user: str = ""
    """The SMTP login; empty when the server needs none."""
    from_address: str = "Контактный центр <care@example.org>"
    ca_file: str = ""
    """A CA bundle to trust instead of the system's (a private mail server's own CA)."""
    timeout_seconds: int = 60
    fax_gateway: str = "{number}@fax.example.org"
    fax_spool: str = ""
    """A folder of a fax server: faxes are written there instead of mailed to the gateway."""
    fax_format: str = "tiff"
    fax_resolution: str = "fine"
    """The fax image's vertical resolution: ``fine`` (204×196 dpi) or ``normal`` (204×98),
    for gateways and machines that take only the lower one."""
    fax_compression: str = "g4"
    """The fax image's coding: ``g4`` (CCITT Group 4) or ``g3`` for the oldest gateways."""
    sms_gateway: str = "{number}@sms.example.org"
    sms_max_chars: int = 670
    max_attachment_bytes: int = 10 * 1024 * 1024
    fax_max_bytes: int = 5 * 1024 * 1024
    lease_seconds: int = 300
    """How long a sender's claim on a message lasts; past it, another sender retries it."""
    retry_seconds: int = 60
    retry_max_seconds: int = 3600
    max_attempts: int = 8
    send_interval_seconds: int = 30
    workstation_sends: bool = True
    """Whether each workstation sends the outbox itself (false when a server runs
    ``workstation outbox run`` for everyone)."""
    inbox: str = ""
    """``imap``, ``maildir``, or empty: no e-mail requests are read."""
    inbox_host: str = "localhost"
    inbox_port: int = 993
    inbox_security: str = "tls"
    inbox_user: str = ""
    inbox_folder: str = "INBOX"
    inbox_maildir: str = ""
    inbox_interval_seconds: int = 60


MAX_WINDOW_OFFSET_MM = 10.0
"""How far the address block may move: further, it runs into the letterhead, the account
box or the invoice's title."""


@dataclass(frozen=True)
class StatementSettings:
    """The ``[statements]`` section: how statements are laid out for the print shop."""

    window_offset_mm: tuple[float, float] = (0.0, 0.0)
    """Where the window of the envelopes in use is, from DIN 5008 form B: millimetres to the
    right and down (negative: left and up). The address block of the post variant follows."""


@dataclass(frozen=True)
class Settings:
    """What the config file says; every field has a default so that no file is needed."""

    database_url: str | None = None
    language: str = "ru"
    time_zone: str = DEFAULT_TIME_ZONE
    rules: Rules = field(default_factory=lambda: Rules())
    mail: MailSettings = field(default_factory=lambda: MailSettings())
    statements: StatementSettings = field(default_factory=lambda: StatementSettings())


def load_settings(path: Path | None = None) -> Settings:
    """Read the TOML config file; a missing file gives the defaults."""
    path = path or config_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read the config file {path}: {exc}") from exc
    database = raw.get("database", {})
    ui = raw.get("ui", {})
    url = database.get("url")
    if url is not None:
        parsed = parse_database_url(str(url))
        if parsed.password:
            raise ConfigError(
                f"the config file {path} holds a database password; remove it and store "
                "it in the keyring with 'workstation config db-password'"
            )
    language = str(ui.get("language", "ru"))
    if language not in LANGUAGES:
        raise ConfigError(f"unknown language {language!r} in {path}: use one of ru, en")
    return Settings(
        database_url=None if url is None else str(url),
        language=language,
        time_zone=str(ui.get("time_zone", DEFAULT_TIME_ZONE)),
        rules=_rules(raw.get("rules", {}), path),
        mail=_mail(raw.get("mail", {}), path),
        statements=_statements(raw.get("statements", {}), path),
    )


def _rules(raw: dict[str, Any], path: Path) -> Rules:
    """The ``[rules]`` section, each value checked: a wrong one is named, not ignored."""
    defaults = Rules()
    values: dict[str, Any] = {}
    for item in fields(Rules):
        if item.name not in raw:
            continue
        text = str(raw[item.name])
        try:
            value: Any = (
                Decimal(text) if isinstance(getattr(defaults, item.name), Decimal) else int(text)
            )
        except (ValueError, ArithmeticError):
            raise ConfigError(f"[rules] {item.name} = {text!r} in {path} is not a number") from None
        if value < 0:
            raise ConfigError(f"[rules] {item.name} in {path} cannot be negative")
        values[item.name] = value
    unknown = set(raw) - {item.name for item in fields(Rules)}
    if unknown:
        raise ConfigError(f"unknown setting [rules] {', '.join(sorted(unknown))} in {path}")
    return Rules(**values)


_CHOICES = {
    "security": MAIL_SECURITY,
    "inbox_security": MAIL_SECURITY,
    "inbox": ("", *INBOX_KINDS),
    "fax_format": FAX_FORMATS,
    "fax_resolution": FAX_RESOLUTIONS,
    "fax_compression": FAX_COMPRESSIONS,
}


def _mail(raw: dict[str, Any], path: Path) -> MailSettings:
    """The ``[mail]`` section, each value checked; a password in it is refused, not used."""
    secrets = sorted(key for key in raw if "password" in key)
    if secrets:
        raise ConfigError(
            f"the config file {path} holds [mail] {', '.join(secrets)}; remove it and store "
            "the password in the keyring with 'workstation config smtp' (or 'config imap')"
        )
    known = {item.name: item for item in fields(MailSettings)}
    unknown = set(raw) - set(known)
    if unknown:
        raise ConfigError(f"unknown setting [mail] {', '.join(sorted(unknown))} in {path}")
    defaults = MailSettings()
    values: dict[str, Any] = {}
    for name, value in raw.items():
        default = getattr(defaults, name)
        if isinstance(default, bool):
            if not isinstance(value, bool):
                raise ConfigError(f"[mail] {name} in {path} must be true or false")
        elif isinstance(default, int):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ConfigError(f"[mail] {name} = {value!r} in {path} is not a whole number")
        else:
            value = str(value)
            if name in _CHOICES and value not in _CHOICES[name]:
                choices = ", ".join(c for c in _CHOICES[name] if c)
                raise ConfigError(f"[mail] {name} = {value!r} in {path}: use one of {choices}")
        values[name] = value
    return MailSettings(**values)


def _statements(raw: dict[str, Any], path: Path) -> StatementSettings:
    """The ``[statements]`` section, each value checked: a wrong offset would misaddress
    every letter of a print run, so it is refused, not guessed at."""
    unknown = set(raw) - {item.name for item in fields(StatementSettings)}
    if unknown:
        raise ConfigError(f"unknown setting [statements] {', '.join(sorted(unknown))} in {path}")
    if "window_offset_mm" not in raw:
        return StatementSettings()
    return StatementSettings(window_offset_mm=_window_offset(raw["window_offset_mm"], path))


def _window_offset(value: object, path: Path) -> tuple[float, float]:
    """``"3.5,-2"`` (or ``[3.5, -2]``) as millimetres right and down, each within the limit.

    Raises:
        ConfigError: not two numbers, or one beyond :data:`MAX_WINDOW_OFFSET_MM`.
    """
    parts: object = value.split(",") if isinstance(value, str) else value
    wrong = ConfigError(
        f"[statements] window_offset_mm = {value!r} in {path} is not two numbers of "
        'millimetres, right and down, such as "3.5,-2"'
    )
    if not isinstance(parts, list) or len(parts) != 2:
        raise wrong
    numbers = []
    for part in parts:
        if isinstance(part, bool) or not isinstance(part, str | int | float):
            raise wrong
        try:
            number = float(part)
        except ValueError:
            raise wrong from None
        if not math.isfinite(number):  # "nan" and "inf" are floats to Python, not to a printer
            raise wrong
        if abs(number) > MAX_WINDOW_OFFSET_MM:
            raise ConfigError(
                f"[statements] window_offset_mm = {value!r} in {path}: the address block moves "
                f"at most {MAX_WINDOW_OFFSET_MM:g} mm either way"
            )
        numbers.append(number)
    return numbers[0], numbers[1]


def parse_database_url(text: str) -> URL:
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise ConfigError(f"malformed database URL {mask_password(text)!r}") from exc
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise ConfigError(
            f"unsupported database {url.get_backend_name()!r}: use sqlite:///FILE "
            "or postgresql+psycopg://USER@HOST/DB"
        )
    if url.get_backend_name() == "postgresql" and url.get_driver_name() != "psycopg":
        url = url.set(drivername="postgresql+psycopg")
    return url


def resolve_database_url(cli_value: str | None, settings: Settings | None = None) -> str:
    """The URL to use: command line, then environment, then config file, then the default."""
    if cli_value:
        return cli_value
    env = os.environ.get(ENV_DATABASE)
    if env:
        return env
    settings = settings if settings is not None else load_settings()
    return settings.database_url or default_database_url()


def mask_password(url: str | URL) -> str:
    """The URL as it may be shown or logged: any password replaced by ``***``."""
    if isinstance(url, str):
        try:
            parsed = make_url(url)
        except ArgumentError:
            # Unparseable: keep only what follows a possible "user:password@".
            return url.rsplit("@", 1)[-1]
        return parsed.render_as_string(hide_password=True)
    return url.render_as_string(hide_password=True)


def mail_keyring_user(service: str, user: str, host: str, port: int) -> str:
    """The keyring entry of a mail password: ``smtp:USER@HOST:PORT`` or ``imap:…``."""
    return f"{service}:{user}@{host}:{port}"


def keyring_user(url: URL) -> str:
    """The keyring entry of a database: one password per user, host, port and database."""
    return f"db:{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def with_keyring_password(url: URL) -> URL:
    """Fill in the password from the OS keyring when the URL names a user but no password."""
    if url.get_backend_name() != "postgresql" or url.password or not url.username:
        return url
    try:
        import keyring
        import keyring.errors

        password = keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except Exception:
        return url
    return url.set(password=password) if password else url
