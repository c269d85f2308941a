"""The reports' place, /noi-bo/bao-cao (intranet workflow), and a first form."""

from mttq.langson.network.blocks import listing_block
from mttq.langson.network.blocks import page_blocks
from mttq.langson.network.blocks import text_block
from mttq.langson.network.blocks import title_block
from mttq.langson.network.groups import INTRANET_ID
from plone import api
from plone.dexterity.utils import createContentInContainer
from Products.CMFPlone.interfaces.constrains import ENABLED
from Products.CMFPlone.interfaces.constrains import ISelectableConstrainTypes


REPORTS_ID = "bao-cao"
FORM_ID = "bao-cao-cong-tac-thang"
# What the province office adds in the reports folder: forms and periods.
FOLDER_TYPES = ("EasyForm", "ReportPeriod", "File")

# A first report form, which the province office may change or replace.
FIELDS_MODEL = """<?xml version="1.0" encoding="utf-8"?>
<model xmlns="http://namespaces.plone.org/supermodel/schema"
       xmlns:easyform="http://namespaces.plone.org/supermodel/easyform"
       xmlns:form="http://namespaces.plone.org/supermodel/form">
  <schema>
    <field name="so_hoi_nghi" type="zope.schema.Int">
      <title>Số hội nghị, cuộc họp đã tổ chức</title>
      <min>0</min>
    </field>
    <field name="so_luot_tham_gia" type="zope.schema.Int">
      <title>Số lượt người tham gia</title>
      <min>0</min>
    </field>
    <field name="quy_vi_nguoi_ngheo" type="zope.schema.Float">
      <title>Quỹ "Vì người nghèo" vận động được (triệu đồng)</title>
      <required>False</required>
      <min>0</min>
    </field>
    <field name="ket_qua" type="zope.schema.Text">
      <title>Kết quả nổi bật</title>
      <max_length>5000</max_length>
    </field>
    <field name="kien_nghi" type="zope.schema.Text">
      <title>Khó khăn, kiến nghị</title>
      <required>False</required>
      <max_length>5000</max_length>
    </field>
  </schema>
</model>
"""

# No easyform action: a report is stored with its period (submissions.py).
ACTIONS_MODEL = """<?xml version="1.0" encoding="utf-8"?>
<model xmlns="http://namespaces.plone.org/supermodel/schema">
  <schema />
</model>
"""


def reports_folder(site=None):
    site = site or api.portal.get()
    intranet = site.get(INTRANET_ID)
    return intranet.get(REPORTS_ID) if intranet is not None else None


def ensure_reports_folder(site):
    """Create /noi-bo/bao-cao and its first form, if missing."""
    intranet = site.get(INTRANET_ID)
    if intranet is None:
        return None
    with api.env.adopt_roles(["Manager"]):
        folder = intranet.get(REPORTS_ID)
        if folder is None:
            blocks, layout = page_blocks(
                title_block(),
                text_block("Biểu mẫu và kỳ báo cáo định kỳ của các đơn vị gửi Ủy ban MTTQ tỉnh. "
                           "Mở một kỳ báo cáo để điền hoặc sửa báo cáo của đơn vị; Văn phòng tỉnh xem "
                           "tổng hợp tại trang Tổng hợp báo cáo định kỳ (/bao-cao-dinh-ky)."),
                # The periods, newest first: where a unit's people find what to fill in.
                listing_block(["ReportPeriod"], path=".", b_size=50, sort_on="created", variation="default",
                              headline="Các kỳ báo cáo"),
            )
            folder = api.content.create(
                container=intranet, type="Document", id=REPORTS_ID, title="Báo cáo định kỳ",
                description="Biểu mẫu và kỳ báo cáo định kỳ của các đơn vị.",
                blocks=blocks, blocks_layout=layout, safe_id=False,
            )
            constraints = ISelectableConstrainTypes(folder)
            constraints.setConstrainTypesMode(ENABLED)
            constraints.setLocallyAllowedTypes(FOLDER_TYPES)
            constraints.setImmediatelyAddableTypes(FOLDER_TYPES)
        if FORM_ID not in folder.objectIds():
            form = createContentInContainer(
                folder, "EasyForm", id=FORM_ID, title="Báo cáo công tác tháng",
                description="Kết quả công tác Mặt trận trong tháng của đơn vị.",
                checkConstraints=False,
            )
            form.fields_model = FIELDS_MODEL
            form.actions_model = ACTIONS_MODEL
            form.submitLabel = "Gửi báo cáo"
            form.reindexObject()
    return folder
