"""The courses' place: /noi-bo/khoa-hoc, under the intranet workflow."""

from mttq.langson.courses.storage import get_store
from mttq.langson.network.blocks import page_blocks
from mttq.langson.network.blocks import text_block
from mttq.langson.network.blocks import title_block
from mttq.langson.network.groups import INTRANET_ID
from plone import api


COURSES_ID = "khoa-hoc"


def ensure_courses_folder(site):
    get_store(site)  # the progress store exists before the first learner writes
    intranet = site.get(INTRANET_ID)
    if intranet is None:
        return None
    folder = intranet.get(COURSES_ID)
    if folder is None:
        # A (folderish) page, like /noi-bo itself: Volto's container type.
        blocks, layout = page_blocks(
            title_block(),
            text_block("Các khóa học kỹ năng số dành cho cán bộ Mặt trận; "
                       "xem tiến độ của bạn tại trang Học tập của tôi."),
        )
        folder = api.content.create(
            container=intranet,
            type="Document",
            blocks=blocks,
            blocks_layout=layout,
            id=COURSES_ID,
            title="Khóa học",
            description="Các khóa học kỹ năng số dành cho cán bộ Mặt trận.",
            safe_id=False,
        )
    return folder
