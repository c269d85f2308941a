"""Small builders for Volto block data (slate text, title, listing)."""

import uuid


def _uid():
    return str(uuid.uuid4())


def title_block():
    return {"@type": "title"}


def text_block(text, style="p"):
    return {
        "@type": "slate",
        "value": [{"type": style, "children": [{"text": text}]}],
        "plaintext": text,
    }


def listing_block(portal_types, path=None, b_size=10, sort_on="effective", variation="summary", headline="",
                  extra_query=()):
    query = [
        {
            "i": "portal_type",
            "o": "plone.app.querystring.operation.selection.any",
            "v": list(portal_types),
        }
    ]
    if path is not None:
        query.append(
            {"i": "path", "o": "plone.app.querystring.operation.string.relativePath", "v": path}
        )
    query.extend(extra_query)
    block = {
        "@type": "listing",
        "variation": variation,
        "querystring": {
            "query": query,
            "sort_on": sort_on,
            "sort_order": "descending",
            "b_size": str(b_size),
        },
    }
    if headline:
        block["headline"] = headline
        block["headlineTag"] = "h2"
    return block


def page_blocks(*blocks):
    """(blocks, blocks_layout) for a page made of the given blocks, in order."""
    ids = [_uid() for _ in blocks]
    return dict(zip(ids, blocks)), {"items": ids}
