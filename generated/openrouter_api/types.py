"""Contains some shared types for properties"""

import datetime
import json
from collections.abc import Callable, Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from importlib import import_module
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar


class Unset:
    """The type of `UNSET`: a field or argument that was not given (distinct from `None`)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """Contains information for file uploads"""

    # A plain class with a dataclass's __init__, __repr__ and __eq__: `@dataclass` costs about
    # half a millisecond per class, and this module loads with every client.
    def __init__(
        self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None
    ) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def __repr__(self) -> str:
        return (
            f"File(payload={self.payload!r}, file_name={self.file_name!r}, "
            f"mime_type={self.mime_type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.to_tuple() == other.to_tuple()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass it replaces

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


class Response(Generic[T]):
    """A response from an endpoint"""

    def __init__(
        self,
        status_code: HTTPStatus,
        content: bytes,
        headers: MutableMapping[str, str],
        parsed: T | None,
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return (
            f"Response(status_code={self.status_code!r}, content={self.content!r}, "
            f"headers={self.headers!r}, parsed={self.parsed!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.status_code, self.content, self.headers, self.parsed)
        return mine == (other.status_code, other.content, other.headers, other.parsed)  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]


#: What stands in for a credential in a repr (and in the client's errors, logs and cassettes).
REDACTED = "[REDACTED]"
#: Fields whose names say they hold a credential: a repr shows them as `[REDACTED]`.
SECRET_FIELDS = frozenset(
    {
        "access_token",
        "api_key",
        "password",
        "secret_access_key",
        "secret_key",
        "session_token",
        "subject_token",
    }
)
_SHAPES: Any = None  # compiled on the first repr: importing the models stays free of `re`


def redact(text: str) -> str:
    """`text` with anything shaped like a credential replaced by `[REDACTED]`: an OpenRouter or
    provider key (`sk-...`, as a created key or an OAuth exchange returns it), a bearer
    credential, a JWT (an OAuth access token). The client's own masking uses it too."""
    global _SHAPES
    if _SHAPES is None:
        import re

        _SHAPES = re.compile(
            r"sk-[A-Za-z0-9_-]{8,}|Bearer\s+[A-Za-z0-9._~+/=-]+"
            r"|eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*",
            re.IGNORECASE,
        )
    return _SHAPES.sub(REDACTED, text)


def _shown(attr: str, value: Any) -> str:
    if attr in SECRET_FIELDS and isinstance(value, str) and value:
        return f"{attr}={REDACTED!r}"
    return f"{attr}={value!r}"


class Model:
    """What every model shares: JSON output under its own and pydantic's (openai's) names, and a
    repr that never shows a credential (see `redact`).

    Each model is a plain class with `__slots__` (its fields, then `additional_properties` when
    it keeps unknown fields) and an `__init__`, both generated; `to_dict()` is its own, equality
    and the repr are shared here. Plain classes, not attrs ones: creating an attrs class costs
    about a millisecond at import, and a chat call alone loads three dozen models.
    """

    __slots__: tuple[str, ...] = ()

    def __eq__(self, other: object) -> bool:
        """Equal when of the same class with equal fields (unknown fields included)."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__slots__)

    # Defining __eq__ makes instances unhashable, as they were: a model is mutable.

    def __repr__(self) -> str:
        """The class and the fields that were set (`UNSET` ones left out), credentials masked."""
        shown = [
            _shown(name, getattr(self, name))
            for name in self.__slots__
            if name != "additional_properties" and not isinstance(getattr(self, name), Unset)
        ]
        extra = getattr(self, "additional_properties", None)
        if extra:
            shown.append(f"additional_properties={extra!r}")
        return redact(f"{type(self).__name__}({', '.join(shown)})")

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def to_json(self, indent: int | None = None) -> str:
        """The model as JSON text (the API's field names; fields the API omitted stay omitted)."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def model_dump(self) -> dict[str, Any]:
        """The same as `to_dict()`, under pydantic's name."""
        return self.to_dict()

    def model_dump_json(self, indent: int | None = None) -> str:
        """The same as `to_json()`, under pydantic's name."""
        return self.to_json(indent)


class ReadModel(Model):
    """A model the API sends: every field is its value or None, parsed tolerantly.

    `__spec_fields__` lists each field as (attribute, JSON name, required, the spec's type as
    text): `to_dict()` is written once here from it, and strict validation reads it.
    """

    __slots__ = ()
    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = ()

    def __repr__(self) -> str:
        """The class and its fields, leaving out None in fields the API may omit, credentials
        masked."""
        shown = [
            _shown(attr, getattr(self, attr))
            for attr, _, required, _ in self.__spec_fields__
            if required or getattr(self, attr) is not None
        ]
        extra = getattr(self, "additional_properties", None)
        if extra:
            shown.append(f"additional_properties={extra!r}")
        return redact(f"{type(self).__name__}({', '.join(shown)})")

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON-ready dict; None in a field the API may omit is left out."""
        out: dict[str, Any] = {
            k: jsonable(v) for k, v in getattr(self, "additional_properties", {}).items()
        }
        for attr, key, required, _ in self.__spec_fields__:
            value = getattr(self, attr)
            if value is not None or required:
                out[key] = jsonable(value)
        return out


_PLAIN = frozenset((str, int, float, bool, type(None)))


def jsonable(value: Any) -> Any:
    """A value of a model field as JSON data: models, enums, dates and UUIDs converted, inside
    lists and dicts too (the client's request bodies use it for the same conversion)."""
    if value.__class__ in _PLAIN:
        return value
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, Unset):
        return None
    return str(value) if value.__class__.__name__ == "UUID" else value


def read_enum_list(members: Mapping[Any, Any], value: Any) -> Any:
    """A JSON list of an open enum's values: known ones as members, the rest as they came.

    One call per list (the lookup bound once), not one per item; anything not a list is kept.
    """
    if not isinstance(value, list):
        return value
    get = members.get
    try:
        return [get(item, item) for item in value]
    except TypeError:  # an unhashable item (an object where a string was expected): kept
        return [get(item, item) if isinstance(item, str) else item for item in value]


#: `object.__new__`, which every read model's `from_dict` makes its bare instance with (bound once
#: here: the call then skips looking up `object` and its attribute)
new_instance = object.__new__


class Deferred:
    """A model class that a read model refers to, imported the first time it is used.

    A response model names every model its fields may hold (a chat completion: three dozen,
    from annotations to reasoning details), while an answer usually holds a few. Each such name
    is bound to a `Deferred` at first; the first use (`X.from_dict(...)`, any attribute, a call,
    `isinstance`) imports the model's module and rebinds the name in the referring module to
    the class itself, so later reads cost nothing and a call loads only the models its answer
    has. The generated modules import the real classes for type checkers.
    """

    __slots__ = ("_home", "_module", "_name")

    def __init__(self, home: MutableMapping[str, Any], module: str, name: str) -> None:
        self._home = home  # the referring module's globals
        self._module = module  # relative to the referring module's package
        self._name = name

    def resolve(self) -> Any:
        """The class itself, imported now if it was not (and bound in the referring module)."""
        found = getattr(import_module(self._module, self._home["__package__"]), self._name)
        self._home[self._name] = found
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self.resolve(), name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve()(*args, **kwargs)

    def __instancecheck__(self, instance: Any) -> bool:
        return isinstance(instance, self.resolve())

    def __subclasscheck__(self, subclass: type) -> bool:
        return issubclass(subclass, self.resolve())

    # `X | None` in an annotation a type checker or `typing.get_type_hints` evaluates
    def __or__(self, other: Any) -> Any:
        return self.resolve() | other

    def __ror__(self, other: Any) -> Any:
        return other | self.resolve()

    def __repr__(self) -> str:
        return f"<deferred {self._name} from {self._module}>"


def resolve_deferred(namespace: MutableMapping[str, Any]) -> None:
    """Import every model a module's `Deferred` names stand for (for code that evaluates the
    type text of `__spec_fields__` in that module's globals)."""
    for value in list(namespace.values()):
        if type(value) is Deferred:
            value.resolve()


#: the standard library's own scanner (its C one where built), as `json.loads` ends up calling it
#: (an attribute every decoder sets in `__init__`, which the stubs leave out)
_scan_json: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def read_json(content: bytes | str) -> Any:
    """`json.loads(content)`: the same value, or the same error, for any input.

    A document that starts at its first character and ends at its last (what the API sends)
    goes straight to the scanner `json.loads` ends up in, without the calls and the two
    whitespace matches around it (a third of the cost of a stream chunk); anything else (other
    encodings, a BOM, surrounding whitespace, errors) is left to `json.loads` itself.
    """
    if type(content) is bytes:
        try:
            text = content.decode()
        except UnicodeDecodeError:
            return json.loads(content)
    elif type(content) is str:
        text = content
    else:
        return json.loads(content)
    try:
        value, end = _scan_json(text, 0)
    except (StopIteration, ValueError):
        return json.loads(content)
    return value if end == len(text) else json.loads(content)


def read_datetime(value: Any) -> Any:
    """An ISO 8601 date-time, or the value as it came when it is not one."""
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
    return value


#: The key under which a transport that has read a response's JSON (to look for an error in a
#: 200, say) hands it to the parser in `response.extensions`, so a big body is read once.
JSON_EXTENSION = "openrouter_api.json"
_NOT_READ = object()


def response_json(response: Any) -> Any:
    """The JSON of a response's body: the value its transport read already (taken, so it is
    handed over once and not kept), or `read_json(response.content)`."""
    extensions = getattr(response, "extensions", None)
    if extensions:
        found = extensions.pop(JSON_EXTENSION, _NOT_READ)
        if found is not _NOT_READ:
            return found
    return read_json(response.content)


def read_date(value: Any) -> Any:
    """An ISO 8601 date, or the value as it came when it is not one."""
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    return value


def read_uuid(value: Any) -> Any:
    """A UUID, or the value as it came when it is not one."""
    if isinstance(value, str):
        from uuid import UUID

        try:
            return UUID(value)
        except ValueError:
            pass
    return value


__all__ = [
    "UNSET",
    "Deferred",
    "File",
    "JSON_EXTENSION",
    "FileTypes",
    "Model",
    "REDACTED",
    "ReadModel",
    "RequestFiles",
    "Response",
    "Unset",
    "jsonable",
    "read_date",
    "read_datetime",
    "read_enum_list",
    "read_uuid",
    "redact",
    "resolve_deferred",
    "response_json",
]
