"""Errors a user can cause and fix. The CLI prints their one-line message, no traceback."""


class UnvotesError(Exception):
    """Base class; `exit_code` is the status the CLI exits with."""

    exit_code = 1


class DatabaseError(UnvotesError):
    """The database cannot be used as asked (bad URL, unreachable, not ours, too new)."""

    exit_code = 2


class UsageError(UnvotesError):
    """An option or argument value that makes no sense (an unknown member, a bad date)."""

    exit_code = 2


class InputError(UnvotesError):
    """An input file that cannot be read or is not in the expected format."""

    exit_code = 1


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message, '' when it has none (driver errors run on
    for lines: the SQL, a hint, a pointer)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else ""
