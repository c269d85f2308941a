"""The Volto block of the documents registry (volto-mttq: `mttqRegistry`)."""


import uuid


BLOCK_TYPE = "mttqRegistry"


def registry_block():
    return {"@type": BLOCK_TYPE}


def has_registry_block(page):
    return any(block.get("@type") == BLOCK_TYPE for block in (getattr(page, "blocks", None) or {}).values())


def add_registry_block(page):
    """Put the registry block on an existing "Văn bản" page in place of its
    guidance-document listing (or at the end); True if the page changed."""
    if has_registry_block(page):
        return False
    blocks = dict(page.blocks or {})
    layout = list((page.blocks_layout or {}).get("items", []))
    listing = [bid for bid in layout if blocks.get(bid, {}).get("@type") == "listing"
               and "GuidanceDocument" in str(blocks[bid].get("querystring", {}))]
    new_id = str(uuid.uuid4())
    blocks[new_id] = registry_block()
    if listing:
        position = layout.index(listing[0])
        layout[position] = new_id
        del blocks[listing[0]]
    else:
        layout.append(new_id)
    page.blocks = blocks
    page.blocks_layout = {"items": layout}
    return True


__all__ = ["BLOCK_TYPE", "registry_block", "add_registry_block"]
