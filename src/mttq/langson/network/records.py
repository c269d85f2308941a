"""Unit networks as data: the files shipped in ``data/`` and how a unit is named."""

from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

import json


DATA_DIR = Path(__file__).parent / "data"
NETWORKS = {
    "2021": DATA_DIR / "units-lang-son-2021.json",
    "2025": DATA_DIR / "units-lang-son-2025.json",
}
DEFAULT_NETWORK = "2021"
PROVINCE_LEVEL = "province"
UNIT_LEVELS = ("province", "district", "commune")
# Longest first, so "Thành phố" wins over a shorter prefix.
KINDS = ("Thành phố", "Thị trấn", "Thị xã", "Phường", "Huyện", "Tỉnh", "Xã")

# Distinct, accessible (white text passes 4.5:1 on every primary) pairs so
# that each unit's site looks like itself from the first start.
PALETTE = (
    ("#b71c1c", "#f9a825"),
    ("#0d47a1", "#ffca28"),
    ("#1b5e20", "#fbc02d"),
    ("#4a148c", "#ffb300"),
    ("#004d40", "#ffd54f"),
    ("#880e4f", "#ffcc80"),
    ("#3e2723", "#ffb74d"),
    ("#1a237e", "#80deea"),
    ("#33691e", "#fff176"),
    ("#bf360c", "#ffe082"),
    ("#263238", "#ef9a9a"),
    ("#006064", "#ffab91"),
)


@dataclass
class UnitRecord:
    code: str
    name: str
    level: str
    kind: str = ""
    parent: str | None = None
    short_name: str = ""
    extra: dict = field(default_factory=dict)

    def __post_init__(self):
        self.code = (self.code or "").strip()
        self.name = " ".join((self.name or "").split())
        if not self.kind:
            self.kind = kind_of(self.name)
        if not self.short_name:
            self.short_name = short_name_of(self.name, self.kind)

    @property
    def title(self):
        """The Front committee's name: "Ủy ban MTTQ Việt Nam huyện Tràng Định"."""
        return f"Ủy ban MTTQ Việt Nam {self.area}"

    @property
    def area(self):
        kind = self.kind[:1].lower() + self.kind[1:] if self.kind else ""
        return f"{kind} {self.short_name}".strip()

    @property
    def interface_short_name(self):
        return f"MTTQ {self.area}"


def kind_of(name):
    for kind in KINDS:
        if name.startswith(kind + " "):
            return kind
    return ""


def short_name_of(name, kind):
    if kind and name.startswith(kind + " "):
        return name[len(kind) + 1 :]
    return name


def load_network(network=DEFAULT_NETWORK):
    """Unit records of a network: "2021", "2025" or a path to a JSON file."""
    path = NETWORKS.get(str(network)) or Path(network)
    with open(path, encoding="utf-8") as stream:
        data = json.load(stream)
    records = []
    for item in data["units"]:
        known = {"code", "name", "level", "kind", "parent", "short_name"}
        records.append(
            UnitRecord(
                code=str(item["code"]),
                name=item["name"],
                level=item["level"],
                kind=item.get("kind", ""),
                parent=item.get("parent"),
                short_name=item.get("short_name", ""),
                extra={k: v for k, v in item.items() if k not in known},
            )
        )
    provinces = [r for r in records if r.level == PROVINCE_LEVEL]
    if len(provinces) != 1:
        raise ValueError(f"{path}: a network has exactly one province")
    return records


def palette_for(index):
    return PALETTE[index % len(PALETTE)]
