"""Response times of the pages readers use most, against a running backend.

Each scenario is what the Volto frontend asks the backend for:
- home: the province home (its content, then one @querystring-search per
  listing block, as Volto renders it);
- registry: guidance-document registry pages as the registry block asks for
  them (`@registry`, 20 per page, with facets): network-wide filtered by
  type, a unit's own documents by year, and a unit's "Văn bản cấp trên",
  paging through;
- search: a network-wide Vietnamese search (@search, 20 per page), with and
  without accents.
Prints p50, p95 and max per scenario (milliseconds).
"""

from urllib.parse import quote
from urllib.request import Request
from urllib.request import urlopen

import base64
import json
import statistics
import time


SEARCH_TERMS = ("Ủy ban", "Uy ban", "Quỹ Vì người nghèo", "chuyen doi so", "hòa giải", "thuỷ lợi",
                "Đại đoàn kết", "phản biện xã hội")
DOCUMENT_TYPES = ("HD", "KH", "NQ", "TB", "BC")


class Client:
    def __init__(self, base, user=None, password=None):
        self.site_url = base.rstrip("/")
        self.base = self.site_url + "/++api++"
        self.headers = {"Accept": "application/json", "Content-Type": "application/json"}
        if user:
            token = base64.b64encode(f"{user}:{password}".encode()).decode()
            self.headers["Authorization"] = f"Basic {token}"

    def call(self, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = Request(self.base + path, data=data, headers=self.headers, method="POST" if data else "GET")
        with urlopen(request, timeout=60) as response:
            return json.loads(response.read() or b"null")


def _listing_queries(home):
    for block_id in home.get("blocks_layout", {}).get("items", []):
        block = home["blocks"].get(block_id, {})
        if block.get("@type") == "listing" and block.get("querystring"):
            query = dict(block["querystring"])
            query["b_size"] = int(query.get("b_size") or 10)
            query["metadata_fields"] = "_all"
            yield query


def home_scenario(client):
    def run(_index):
        home = client.call("/")
        for query in _listing_queries(home):
            client.call("/@querystring-search", query)
    return run


def registry_scenario(client):
    found = client.call("/@search?portal_type=UnitSite&sort_on=id&b_size=50").get("items", [])
    # paths below the site, as the frontend asks for them
    units = [item["@id"][len(client.site_url):] for item in found if item["@id"].startswith(client.site_url)] or [""]

    def run(index):
        page = f"&b_size=20&b_start={20 * (index % 5)}"
        unit = units[index % len(units)]
        kind = DOCUMENT_TYPES[index % len(DOCUMENT_TYPES)]
        if index % 3 == 0:
            client.call(f"/@registry?scope=network&document_type={kind}{page}")
        elif index % 3 == 1:
            client.call(f"{unit}/@registry?scope=unit&year={2024 + index % 3}{page}")
        else:
            client.call(f"{unit}/@registry?scope=upper{page}")
    return run


def search_scenario(client):
    def run(index):
        term = SEARCH_TERMS[index % len(SEARCH_TERMS)]
        client.call(f"/@search?SearchableText={quote(term)}&b_size=20&metadata_fields=_all")
    return run


SCENARIOS = {"home": home_scenario, "registry": registry_scenario, "search": search_scenario}


def percentile(values, share):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(share * (len(ordered) - 1))))
    return ordered[index]


def measure(run, requests=50, warmup=5):
    for index in range(warmup):
        run(index)
    times = []
    for index in range(requests):
        started = time.perf_counter()
        run(index)
        times.append((time.perf_counter() - started) * 1000)
    return {
        "p50": round(statistics.median(times), 1),
        "p95": round(percentile(times, 0.95), 1),
        "max": round(max(times), 1),
        "requests": requests,
    }


def benchmark(base, requests=50, scenarios=tuple(SCENARIOS), user=None, password=None):
    client = Client(base, user, password)
    return {name: measure(SCENARIOS[name](client), requests) for name in scenarios}
