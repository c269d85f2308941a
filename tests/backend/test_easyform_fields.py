"""Editors build an EasyForm's fields from Volto: @easyform-fields lists, adds,
changes, reorders, moves between groups and deletes fields of the form's
supermodel (``fields_model``); only those who may edit the form; bad input
gets a Vietnamese 400 and the form stays exactly as it was."""

from test_easyform_api import FIELDS
from test_easyform_api import UNIT
from test_easyform_api import make_form
from test_easyform_api import upload
from mttq.langson.feedback.setup import FORM_ID

import pytest
import transaction


URL = f"{UNIT}/khao-sat/@easyform-fields"


@pytest.fixture
def form(functional):
    form = make_form(functional["portal"], actions=None)
    transaction.commit()
    return form


def model(form):
    transaction.begin()
    return form.fields_model


def fields_of(body):
    return {f["name"]: f for f in body["fields"]}


def delete(api_client, path, user="editor-180"):
    return api_client.session(user).delete(api_client.url(path))


def public(api_client, path=f"{UNIT}/khao-sat/@easyform"):
    return api_client.get(path).json()


class TestRead:
    def test_fields_groups_and_settings(self, api_client, form):
        response = api_client.get(URL, user="editor-180")
        assert response.status_code == 200, response.text
        body = response.json()
        assert [(fs["id"], fs["title"]) for fs in body["fieldsets"]] == [
            ("default", "Biểu mẫu"), ("them", "Thông tin thêm")]
        assert body["fieldsets"][1]["fields"] == ["danh_gia", "tep", "anh"]
        fields = fields_of(body)
        # the editor sees every field, server-side ones too (marked)
        assert fields["ma_noi_bo"]["server_side"] is True
        assert fields["ho_ten"]["max_length"] == 40
        assert fields["ho_ten"]["default_expression"] == "string:Khách"
        assert fields["tuoi"]["min"] == 16 and fields["tuoi"]["max"] == 120
        assert fields["linh_vuc"]["choices"] == ["Đất đai", "Môi trường"]
        assert fields["kenh"]["choices"] == ["Điện thoại", "Thư điện tử"]
        assert fields["email"]["validators"] == ["isValidEmail"]
        assert fields["danh_gia"]["answers"] == ["Tốt", "Chưa tốt"]
        assert fields["tep"]["max_size"] is None
        assert fields["tep"]["fieldset"] == "them"
        types = {t["id"]: t["title"] for t in body["types"]}
        assert set(types) == {"string", "textarea", "richtext", "integer", "number", "date", "datetime",
                              "choice", "multichoice", "boolean", "file", "image", "likert", "label",
                              "richlabel"}
        assert types["likert"] == "Thang đo Likert"
        validators = {v["id"]: v["title"] for v in body["validators"]}
        assert validators["isValidEmail"] == "Địa chỉ thư điện tử hợp lệ"
        assert body["max_size"] == 10 * 1024 * 1024

    def test_only_those_who_may_edit_the_form(self, api_client, form):
        assert api_client.get(URL).status_code == 401
        assert api_client.get(URL, user="cadre-180").status_code == 401
        # another unit's editor has no say on this unit's forms
        assert api_client.get(URL, user="editor-178").status_code == 401
        before = model(form)
        response = api_client.post(URL, user="editor-178", json={"name": "x", "type": "string", "title": "X"})
        assert response.status_code == 401
        assert delete(api_client, f"{URL}/ho_ten", user=None).status_code == 401
        assert api_client.patch(f"{URL}/ho_ten", json={"title": "Y"}).status_code == 401
        assert model(form) == before
        assert api_client.get(URL, user="province-editor").status_code == 200


class TestAdd:
    @pytest.mark.parametrize(
        "kind,settings,check",
        [
            ("string", {"max_length": 20, "default": "Lạng Sơn", "validators": ["isNotLinkSpam"]},
             {"max_length": 20, "default": "Lạng Sơn", "validators": ["isNotLinkSpam"]}),
            ("textarea", {"min_length": 5, "max_length": 300}, {"max_length": 300, "min_length": 5}),
            ("richtext", {}, {}),
            ("integer", {"min": 1, "max": 10, "default": 3}, {"min": 1, "max": 10, "default": 3}),
            ("number", {"min": 0.5, "max": 9.5}, {"min": 0.5, "max": 9.5}),
            ("date", {"default": "2026-12-01"}, {"default": "2026-12-01"}),
            ("datetime", {}, {}),
            # choices as easyform's own supermodel gives them: [token, title]
            ("choice", {"choices": ["Có", "Không"], "default": "Có"},
             {"choices": [["C\\xf3", "Có"], ["Kh\\xf4ng", "Không"]], "default": "C\\xf3"}),
            ("multichoice", {"choices": ["Sáng", "Chiều", "Tối"], "default": ["Sáng"]},
             {"choices": [["S\\xe1ng", "Sáng"], ["Chi\\u1ec1u", "Chiều"], ["T\\u1ed1i", "Tối"]],
              "default": ["S\\xe1ng"]}),
            ("boolean", {"required": False, "default": True}, {"default": True, "required": False}),
            ("file", {"max_size": 2 * 1024 * 1024}, {"max_size": 2 * 1024 * 1024}),
            ("image", {}, {"max_size": 10 * 1024 * 1024}),
            ("likert", {"questions": ["Thái độ", "Tốc độ"], "answers": ["Tốt", "Kém"]},
             {"questions": ["Thái độ", "Tốc độ"], "answers": ["Tốt", "Kém"]}),
            ("label", {"description": "Ghi chú cho người điền"}, {"required": False}),
            ("richlabel", {"text": "<p>Đọc kỹ <strong>hướng dẫn</strong></p>"}, {}),
        ],
    )
    def test_every_type_reaches_the_public_form(self, api_client, form, kind, settings, check):
        body = {"name": "truong_moi", "type": kind, "title": "Trường mới", **settings}
        response = api_client.post(URL, user="editor-180", json=body)
        assert response.status_code == 201, response.text
        listed = fields_of(response.json())["truong_moi"]
        assert listed["type"] == kind and listed["fieldset"] == "default"
        # appended to the main group, before the next group
        assert response.json()["fieldsets"][0]["fields"][-1] == "truong_moi"
        shown = fields_of(public(api_client))["truong_moi"]
        assert shown["type"] == kind
        assert shown["title"] == "Trường mới"
        for key, value in check.items():
            assert shown[key] == value, (key, shown)
        if kind == "richlabel":
            assert "<strong>hướng dẫn</strong>" in shown["text"]
        if kind == "label":
            assert shown["description"] == "Ghi chú cho người điền"

    def test_a_new_field_is_required_and_can_go_into_a_group(self, api_client, form):
        response = api_client.post(URL, user="editor-180", json={
            "name": "so_dien_thoai", "type": "string", "title": "Số điện thoại", "fieldset": "them"})
        assert response.status_code == 201
        assert response.json()["fieldsets"][1]["fields"] == ["danh_gia", "tep", "anh", "so_dien_thoai"]
        shown = public(api_client)
        assert "so_dien_thoai" in shown["required"]
        assert shown["fieldsets"][1]["fields"][-1] == "so_dien_thoai"
        # and the public form now asks for it
        submitted = api_client.post(f"{UNIT}/khao-sat/@easyform", json={"data": {}}).json()
        assert submitted["error"]["errors"]["so_dien_thoai"] == "Vui lòng điền mục này."

    @pytest.mark.parametrize(
        "body,errors",
        [
            ({"name": "ho_ten", "type": "string", "title": "Trùng"},
             {"name": "Biểu mẫu đã có trường với mã ho_ten."}),
            ({"name": "Họ tên", "type": "string", "title": "Sai mã"},
             {"name": "Mã trường phải bắt đầu bằng chữ cái và chỉ gồm chữ thường không dấu, chữ số và dấu _ "
                      "(tối đa 40 ký tự)."}),
            ({"name": "class", "type": "string", "title": "Từ khóa"},
             {"name": "Mã trường phải bắt đầu bằng chữ cái và chỉ gồm chữ thường không dấu, chữ số và dấu _ "
                      "(tối đa 40 ký tự)."}),
            ({"name": "mttq_website", "type": "string", "title": "Bẫy"},
             {"name": "Biểu mẫu đã có trường với mã mttq_website."}),
            ({"name": "moi", "type": "mat_khau", "title": "Kiểu lạ"}, {"type": "Vui lòng chọn loại trường."}),
            ({"name": "moi", "type": "string", "title": "  "}, {"title": "Vui lòng nhập tên trường."}),
            ({"name": "moi", "type": "choice", "title": "Không lựa chọn", "choices": []},
             {"choices": "Cần ít nhất một mục; các mục không được để trống."}),
            ({"name": "moi", "type": "choice", "title": "Lặp", "choices": ["A", "A"]},
             {"choices": "Mỗi mục chỉ được xuất hiện một lần."}),
            ({"name": "moi", "type": "multichoice", "title": "Thiếu"},
             {"choices": "Cần ít nhất một mục; các mục không được để trống."}),
            ({"name": "moi", "type": "likert", "title": "Likert", "questions": ["Q"], "answers": ["Tốt, rất tốt"]},
             {"answers": "Các mục không được chứa dấu phẩy hoặc dấu hai chấm."}),
            ({"name": "moi", "type": "integer", "title": "Số", "min": 10, "max": 1},
             {"max": "Giá trị lớn nhất không được nhỏ hơn giá trị nhỏ nhất."}),
            ({"name": "moi", "type": "integer", "title": "Số", "min": 1.5},
             {"min": "Vui lòng nhập số nguyên."}),
            ({"name": "moi", "type": "integer", "title": "Số", "min": 1, "max": 5, "default": 9},
             {"default": "Giá trị mặc định không phù hợp với trường này."}),
            ({"name": "moi", "type": "choice", "title": "Lựa chọn", "choices": ["A"], "default": "B"},
             {"default": "Giá trị mặc định không phù hợp với trường này."}),
            ({"name": "moi", "type": "date", "title": "Ngày", "default": "31/12/2026"},
             {"default": "Giá trị mặc định không phù hợp với trường này."}),
            ({"name": "moi", "type": "file", "title": "Tệp", "max_size": 50 * 1024 * 1024},
             {"max_size": "Tối đa 10 MB, giới hạn chung của trang."}),
            ({"name": "moi", "type": "string", "title": "Chuỗi", "validators": ["khong_co"]},
             {"validators": "Vui lòng chọn trình kiểm tra trong danh sách."}),
            ({"name": "moi", "type": "label", "title": "Nhãn", "required": True},
             {"required": "Thiết lập này không áp dụng cho loại trường này."}),
            ({"name": "moi", "type": "string", "title": "Chuỗi", "fieldset": "khong_co"},
             {"fieldset": "Biểu mẫu không có nhóm khong_co."}),
        ],
    )
    def test_bad_input_is_refused_in_vietnamese_and_nothing_written(self, api_client, form, body, errors):
        before = model(form)
        response = api_client.post(URL, user="editor-180", json=body)
        assert response.status_code == 400, response.text
        error = response.json()["error"]
        assert error["type"] == "BadRequest"
        assert error["message"] == "Vui lòng sửa các mục được đánh dấu."
        assert error["errors"] == errors
        assert model(form) == before

    def test_body_must_be_an_object(self, api_client, form):
        response = api_client.post(URL, user="editor-180", json=["x"])
        assert response.status_code == 400
        assert response.json()["error"]["message"] == "Nội dung yêu cầu phải là một đối tượng JSON."


class TestEdit:
    def test_change_settings(self, api_client, form):
        response = api_client.patch(f"{URL}/linh_vuc", user="editor-180", json={
            "title": "Lĩnh vực phản ánh", "description": "Chọn một", "required": False,
            "choices": ["Đất đai", "Môi trường", "Giao thông"], "default": "Giao thông"})
        assert response.status_code == 200, response.text
        shown = fields_of(public(api_client))["linh_vuc"]
        assert shown["title"] == "Lĩnh vực phản ánh"
        assert shown["description"] == "Chọn một"
        assert shown["required"] is False
        assert [c[1] for c in shown["choices"]] == ["Đất đai", "Môi trường", "Giao thông"]
        # the public form's default is the option's token
        assert shown["default"] == dict((t, v) for v, t in shown["choices"])["Giao thông"]
        response = api_client.patch(f"{URL}/tuoi", user="editor-180", json={"min": 18, "max": None})
        assert response.status_code == 200, response.text
        shown = fields_of(public(api_client))["tuoi"]
        assert shown["min"] == 18 and "max" not in shown
        api_client.patch(f"{URL}/email", user="editor-180", json={"validators": []})
        assert fields_of(public(api_client))["email"]["validators"] == []
        api_client.patch(f"{URL}/danh_gia", user="editor-180", json={"answers": ["Tốt", "Bình thường", "Kém"]})
        assert fields_of(public(api_client))["danh_gia"]["answers"] == ["Tốt", "Bình thường", "Kém"]
        api_client.patch(f"{URL}/ho_ten", user="editor-180", json={"max_length": 80, "min_length": 2})
        shown = fields_of(public(api_client))["ho_ten"]
        assert shown["max_length"] == 80 and shown["min_length"] == 2
        # easyform's other settings of the field survive an edit
        assert shown["default"] == "Khách"

    def test_dropping_a_choice_drops_a_default_that_was_it(self, api_client, form):
        api_client.patch(f"{URL}/linh_vuc", user="editor-180", json={"default": "Môi trường"})
        api_client.patch(f"{URL}/linh_vuc", user="editor-180", json={"choices": ["Đất đai"]})
        shown = fields_of(public(api_client))["linh_vuc"]
        assert shown["default"] is None

    def test_a_field_size_limit_is_enforced_on_submission(self, api_client, form):
        response = api_client.patch(f"{URL}/tep", user="editor-180", json={"max_size": 1024})
        assert response.status_code == 200, response.text
        assert fields_of(response.json())["tep"]["max_size"] == 1024
        assert fields_of(public(api_client))["tep"]["max_size"] == 1024
        data = {"tep": upload(b"%PDF-1.4\n" + b"x" * 2048, "bien-ban.pdf", "application/pdf")}
        errors = api_client.post(f"{UNIT}/khao-sat/@easyform", json={"data": data}).json()["error"]["errors"]
        assert errors["tep"] == "Tệp lớn hơn mức cho phép 1 KB."
        # the limit lives in the fields model, next to easyform's settings
        assert 'mttq:max_size="1024"' in model(form)
        api_client.patch(f"{URL}/tep", user="editor-180", json={"max_size": None})
        assert fields_of(public(api_client))["tep"]["max_size"] == 10 * 1024 * 1024

    @pytest.mark.parametrize(
        "path,body,errors",
        [
            ("ho_ten", {"type": "textarea"}, {"type": "Không thể đổi loại của trường; hãy thêm trường mới."}),
            ("ho_ten", {"name": "ten"}, {"name": "Không thể đổi mã của trường; hãy thêm trường mới."}),
            ("ho_ten", {"title": ""}, {"title": "Vui lòng nhập tên trường."}),
            ("ho_ten", {"max_length": -1}, {"max_length": "Vui lòng nhập số nguyên từ 0 trở lên."}),
            ("ho_ten", {"min_length": 50}, {"max_length": "Giá trị lớn nhất không được nhỏ hơn giá trị nhỏ nhất."}),
            ("tuoi", {"max": 10}, {"max": "Giá trị lớn nhất không được nhỏ hơn giá trị nhỏ nhất."}),
            ("tuoi", {"default": "ba"}, {"default": "Giá trị mặc định không phù hợp với trường này."}),
            ("kenh", {"choices": ["", "Thư"]}, {"choices": "Cần ít nhất một mục; các mục không được để trống."}),
            ("kenh", {"choices": "Thư"}, {"choices": "Vui lòng nhập danh sách các mục."}),
            ("tuoi", {"choices": ["1"]}, {"choices": "Thiết lập này không áp dụng cho loại trường này."}),
            ("ho_ten", {"position": -2}, {"position": "Vui lòng nhập số nguyên từ 0 trở lên."}),
        ],
    )
    def test_bad_changes_are_refused(self, api_client, form, path, body, errors):
        before = model(form)
        response = api_client.patch(f"{URL}/{path}", user="editor-180", json=body)
        assert response.status_code == 400, response.text
        assert response.json()["error"]["errors"] == errors
        assert model(form) == before

    def test_unknown_field(self, api_client, form):
        response = api_client.patch(f"{URL}/khong_co", user="editor-180", json={"title": "X"})
        assert response.status_code == 400
        assert response.json()["error"]["message"] == "Biểu mẫu không có trường khong_co."
        assert delete(api_client, f"{URL}/khong_co").status_code == 400


class TestOrder:
    def test_move_up_and_into_another_group(self, api_client, form):
        response = api_client.patch(f"{URL}/email", user="editor-180", json={"position": 0})
        assert response.status_code == 200, response.text
        assert response.json()["fieldsets"][0]["fields"][:3] == ["email", "gioi_thieu", "ho_ten"]
        response = api_client.patch(f"{URL}/tep", user="editor-180", json={"fieldset": "default", "position": 1})
        assert response.status_code == 200, response.text
        fieldsets = response.json()["fieldsets"]
        assert fieldsets[0]["fields"][:3] == ["email", "tep", "gioi_thieu"]
        assert fieldsets[1]["fields"] == ["danh_gia", "anh"]
        shown = public(api_client)
        assert [f["name"] for f in shown["fields"]][:3] == ["email", "tep", "gioi_thieu"]
        assert shown["fieldsets"][1]["fields"] == ["danh_gia", "anh"]

    def test_whole_layout_with_a_new_group(self, api_client, form):
        listing = api_client.get(URL, user="editor-180").json()
        main = [n for n in listing["fieldsets"][0]["fields"] if n not in ("email", "tuoi")]
        layout = {"fieldsets": [
            {"id": "default", "fields": list(reversed(main))},
            {"id": "lien_he", "title": "Liên hệ", "fields": ["email", "tuoi"]},
            {"id": "them", "title": "Đánh giá và tệp", "fields": ["anh", "tep", "danh_gia"]},
        ]}
        response = api_client.patch(URL, user="editor-180", json=layout)
        assert response.status_code == 200, response.text
        shown = public(api_client)
        assert [(fs["id"], fs["title"]) for fs in shown["fieldsets"]] == [
            ("default", "Biểu mẫu"), ("lien_he", "Liên hệ"), ("them", "Đánh giá và tệp")]
        assert shown["fieldsets"][1]["fields"] == ["email", "tuoi"]
        assert shown["fieldsets"][2]["fields"] == ["anh", "tep", "danh_gia"]
        # server-side fields are in the editor's list but not the public form
        assert shown["fieldsets"][0]["fields"] == [n for n in reversed(main) if n != "ma_noi_bo"]

    def test_an_emptied_group_goes_away(self, api_client, form):
        for name in ("danh_gia", "tep", "anh"):
            api_client.patch(f"{URL}/{name}", user="editor-180", json={"fieldset": "default"})
        body = api_client.get(URL, user="editor-180").json()
        assert [fs["id"] for fs in body["fieldsets"]] == ["default"]
        assert body["fieldsets"][0]["fields"][-3:] == ["danh_gia", "tep", "anh"]

    @pytest.mark.parametrize(
        "fieldsets,message",
        [
            ([{"id": "default", "fields": ["ho_ten"]}], "Cần liệt kê mỗi trường của biểu mẫu đúng một lần."),
            ([{"id": "them", "fields": []}, {"id": "default", "fields": []}],
             "Nhóm chính của biểu mẫu phải đứng đầu."),
            ([{"id": "moi", "fields": []}], "Vui lòng nhập tên của nhóm mới moi."),
            ([{"id": "Nhóm", "title": "X", "fields": []}],
             "Mã nhóm phải là duy nhất và chỉ gồm chữ thường không dấu, chữ số và dấu _."),
            ([{"id": "default", "fields": ["khong_co"]}], "Biểu mẫu không có trường khong_co."),
        ],
    )
    def test_bad_layouts(self, api_client, form, fieldsets, message):
        before = model(form)
        response = api_client.patch(URL, user="editor-180", json={"fieldsets": fieldsets})
        assert response.status_code == 400
        assert response.json()["error"]["errors"] == {"fieldsets": message}
        assert model(form) == before


class TestDelete:
    def test_delete(self, api_client, form):
        response = delete(api_client, f"{URL}/tuoi")
        assert response.status_code == 200, response.text
        assert "tuoi" not in fields_of(response.json())
        assert "tuoi" not in fields_of(public(api_client))
        assert 'name="tuoi"' not in model(form)

    def test_the_feedback_form_keeps_the_fields_of_its_cases(self, api_client, functional):
        url = f"{UNIT}/{FORM_ID}/@easyform-fields"
        before = functional["portal"][UNIT][FORM_ID].fields_model
        response = delete(api_client, f"{url}/email")
        assert response.status_code == 400
        assert response.json()["error"]["message"] == "Biểu mẫu cần trường này nên không thể xóa."
        assert model(functional["portal"][UNIT][FORM_ID]) == before
        listing = api_client.get(url, user="editor-180").json()
        assert fields_of(listing)["email"]["kept"] is True
        # every field a case is made of stays; they may be retitled, new ones come and go
        assert delete(api_client, f"{url}/dia_chi").status_code == 400
        response = api_client.patch(f"{url}/email", user="editor-180", json={"title": "Thư điện tử (e-mail)"})
        assert response.status_code == 200
        response = api_client.post(url, user="editor-180", json={"name": "thon", "type": "string",
                                                                 "title": "Thôn, bản", "required": False})
        assert response.status_code == 201
        assert delete(api_client, f"{url}/thon").status_code == 200


class TestModel:
    def test_fields_model_round_trips(self, functional):
        """What the editor stores is a model easyform itself reads."""
        from collective.easyform.api import get_schema
        from mttq.langson.forms.fields import add_field

        form = make_form(functional["portal"], fields=FIELDS, actions=None)
        add_field(form, {"name": "so_lieu", "type": "number", "title": "Số liệu", "min": 0.0, "default": 1.5})
        schema = get_schema(form)
        assert schema["so_lieu"].min == 0.0 and schema["so_lieu"].default == 1.5
        assert schema["ho_ten"].max_length == 40
