"""Each unit site's feedback form and private case folder."""

from mttq.langson.feedback.interfaces import IFeedbackForm
from plone import api
from plone.dexterity.utils import createContentInContainer
from zope.interface import alsoProvides


FOLDER_ID = "phan-anh"
FORM_ID = "gui-phan-anh"

# The citizen's form; editors may change it in Volto, but these names are
# what the case takes (see cases.FIELD_MAP).
FIELDS_MODEL = """<?xml version="1.0" encoding="utf-8"?>
<model xmlns="http://namespaces.plone.org/supermodel/schema"
       xmlns:easyform="http://namespaces.plone.org/supermodel/easyform"
       xmlns:form="http://namespaces.plone.org/supermodel/form">
  <schema>
    <field name="ho_ten" type="zope.schema.TextLine">
      <title>Họ và tên</title>
      <max_length>120</max_length>
    </field>
    <field name="email" type="zope.schema.TextLine" easyform:validators="isValidEmail">
      <title>Thư điện tử</title>
      <description>Cần thư điện tử hoặc số điện thoại để tra cứu kết quả.</description>
      <required>False</required>
    </field>
    <field name="dien_thoai" type="zope.schema.TextLine">
      <title>Số điện thoại</title>
      <required>False</required>
      <max_length>20</max_length>
    </field>
    <field name="dia_chi" type="zope.schema.TextLine">
      <title>Địa chỉ</title>
      <required>False</required>
    </field>
    <field name="linh_vuc" type="zope.schema.Choice">
      <title>Lĩnh vực</title>
      <required>False</required>
      <values>
        <element>Đất đai, môi trường</element>
        <element>Chính sách xã hội</element>
        <element>Cán bộ, công chức</element>
        <element>Khác</element>
      </values>
    </field>
    <field name="tieu_de" type="zope.schema.TextLine">
      <title>Tiêu đề</title>
      <max_length>200</max_length>
    </field>
    <field name="noi_dung" type="zope.schema.Text" easyform:validators="isNotLinkSpam">
      <title>Nội dung phản ánh, kiến nghị</title>
      <max_length>5000</max_length>
    </field>
    <field name="tep_dinh_kem" type="plone.namedfile.field.NamedBlobFile">
      <title>Tệp đính kèm</title>
      <description>Ảnh hoặc tài liệu (PDF, Word, Excel), tối đa 10 MB.</description>
      <required>False</required>
    </field>
  </schema>
</model>
"""

# No easyform action: the submission becomes a case (cases.create_case).
ACTIONS_MODEL = """<?xml version="1.0" encoding="utf-8"?>
<model xmlns="http://namespaces.plone.org/supermodel/schema">
  <schema />
</model>
"""


def ensure_feedback(unit, unit_title):
    """Create the unit's private case folder and its public form, if missing."""
    with api.env.adopt_roles(["Manager"]):
        if FOLDER_ID not in unit.objectIds():
            # Private (the folder's initial state): only the unit's staff,
            # through their local roles on the unit site, see the cases.
            createContentInContainer(
                unit, "Folder", id=FOLDER_ID, title="Phản ánh, kiến nghị",
                description="Phản ánh, kiến nghị của người dân gửi đơn vị (nội bộ).",
                exclude_from_nav=True, checkConstraints=False,
            )
        form = unit.get(FORM_ID)
        if form is None:
            form = createContentInContainer(
                unit, "EasyForm", id=FORM_ID, title="Gửi phản ánh, kiến nghị",
                description=f"Người dân gửi phản ánh, kiến nghị tới {unit_title}.",
                checkConstraints=False,
            )
            form.fields_model = FIELDS_MODEL
            form.actions_model = ACTIONS_MODEL
            form.submitLabel = "Gửi phản ánh"
            form.thankstitle = "Đã nhận phản ánh, kiến nghị"
            form.thanksdescription = "Xin cảm ơn. Hãy ghi lại mã số phản ánh để tra cứu kết quả giải quyết tại trang Tra cứu phản ánh, kiến nghị (/tra-cuu-phan-anh)."
            alsoProvides(form, IFeedbackForm)
            api.content.transition(obj=form, transition="publish")
            form.reindexObject()
    return unit[FOLDER_ID], form


def feedback_folder(unit):
    return unit.get(FOLDER_ID)
