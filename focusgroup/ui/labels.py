"""Translated display names for the domain's enums (one place, so every view says the same),
and the way into the gettext catalogue of the layers without Qt (:mod:`focusgroup.i18n`).

A word the reports or services also say ("Focus group", "Date") is translated once, in that
catalogue: ask for it with :func:`term`, not with ``tr()``. tests/unit/test_catalogue.py fails
when a string is translated in both catalogues."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from focusgroup import i18n
from focusgroup.domain import needs
from focusgroup.domain.model import (
    ActionStatus,
    DepartmentKind,
    NoteKind,
    Role,
    SessionKind,
    SessionStatus,
)
from focusgroup.messages import Message, text_of


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def language() -> str:
    """The interface language for the gettext catalogue: "da" or "en" (the language setting
    decides it: the app sets Qt's default locale from it)."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def term(text: str) -> str:
    """A word the interface shares with the reports or services, from their catalogue (``text``
    is its English msgid, which the layers without Qt also use)."""
    return i18n.gettext(text, language())


def department_kind(kind: DepartmentKind) -> str:
    return {
        DepartmentKind.TEAM: term("Team"),
        DepartmentKind.DEPARTMENT: term("Department"),
        DepartmentKind.SUPPLIER: term("Supplier"),
        DepartmentKind.CONTRACTOR: term("Contractor"),
        DepartmentKind.OTHER: term("Other"),
    }[kind]


def session_kind(kind: SessionKind) -> str:
    return {
        SessionKind.FOCUS_GROUP: term("Focus group"),
        SessionKind.LUNCH_INTERVIEW: term("Lunch interview"),
        SessionKind.FIELD_VISIT: term("Field visit"),
        SessionKind.SURVEY: term("Survey"),
    }[kind]


def session_status(status: SessionStatus) -> str:
    return {
        SessionStatus.PLANNED: _t("Planned"),
        SessionStatus.RUNNING: _t("Running"),
        SessionStatus.CLOSED: _t("Closed"),
    }[status]


def role(value: Role) -> str:
    return {
        Role.EMPLOYEE: _t("Employee"),
        Role.SUPERVISOR: _t("Supervisor"),
        Role.MANAGER: _t("Manager"),
        Role.OTHER: term("Other"),
    }[value]


def action_status(status: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: term("Open"),
        ActionStatus.IN_PROGRESS: term("In progress"),
        ActionStatus.DONE: term("Done"),
        ActionStatus.DROPPED: term("Dropped"),
    }[status]


def months(n: int) -> str:
    return _t("every month") if n == 1 else _t("every %n months").replace("%n", str(n))


def note_kind(kind: NoteKind) -> str:
    return {
        NoteKind.LIKE: _t("Like"),
        NoteKind.DISLIKE: _t("Dislike"),
        NoteKind.IDEA: _t("Idea"),
        NoteKind.NEED: term("Need"),
        NoteKind.QUOTE: _t("Quote"),
        NoteKind.QUESTION: _t("Question"),
        NoteKind.OBSERVATION: _t("Observation"),
    }[kind]


def note_kind_plural(kind: NoteKind) -> str:
    return {
        NoteKind.LIKE: _t("likes"),
        NoteKind.DISLIKE: _t("dislikes"),
        NoteKind.IDEA: _t("ideas"),
        NoteKind.NEED: _t("needs"),
        NoteKind.QUOTE: _t("quotes"),
        NoteKind.QUESTION: _t("questions"),
        NoteKind.OBSERVATION: _t("observations"),
    }[kind]


def day(value) -> str:
    """A date in the user's language: "3 Mar 2026" / "3. mar. 2026"; "—" for none."""
    if value is None:
        return "—"
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def moment(value) -> str:
    """A local date and time for a timezone-aware datetime."""
    local = value.astimezone()
    return day(local) + local.strftime(" %H:%M:%S")


def backup_reason(reason: str) -> str:
    """Why a backup was made, in words (migration backups read "before-vN")."""
    named = {
        "open": _t("opened after a change"),
        "close": _t("closed"),
        "manual": _t("backed up by hand"),
        "after-erasure": _t("after erasing a person"),
        "before-merge": _t("before a merge"),
        "before-demo": _t("before the demo replaced it"),
    }
    if reason.startswith("before-v"):
        return _t("before upgrading to version %1").replace("%1", reason[len("before-v"):])
    return named.get(reason, reason)


def message(text_or_error) -> str:
    """A message from the services or storage (or an error raised with one) in the interface
    language: its template is looked up in the gettext catalogue and filled with the same
    values, numbers written the language's way."""
    text = text_of(text_or_error) if isinstance(text_or_error, BaseException) else text_or_error
    if not isinstance(text, Message):
        return str(text)
    return i18n.render(text, language())


def number(value: float, *, signed: bool = False, decimals: int | None = None) -> str:
    """A number in the interface language ("2,5" in Danish): whole numbers without decimals,
    ranks shared by a tie with theirs; ``signed`` puts "+" before positive numbers."""
    locale = QLocale()
    value = float(value)
    if decimals is not None:
        text = locale.toString(value, "f", decimals)
    elif value.is_integer():
        text = locale.toString(int(value))
    else:
        text = locale.toString(value, "g", 6)
    return "+" + text if signed and value > 0 else text


def needs_list_name(name: str) -> str:
    """A needs list's name in the interface language (built-in lists are stored in English)."""
    return needs.list_name(name, language())
