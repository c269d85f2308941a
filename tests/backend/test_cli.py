"""The mttq-network command on a real FileStorage, as `make start` uses it."""

from pathlib import Path

import importlib
import json
import os
import pytest
import subprocess
import sys


ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@pytest.fixture(scope="class")
def instance(tmp_path_factory):
    var = tmp_path_factory.mktemp("var")
    etc = var / "etc"
    subprocess.run(
        [sys.executable, ROOT / "scripts" / "instance_config.py", "--etc", etc, "--var", var, "--port", "0"],
        check=True, capture_output=True,
    )
    return etc / "zope.conf"


def run(conf, *args, command="mttq-network"):
    env = dict(os.environ, LANG="C.UTF-8")
    return subprocess.run(
        [BIN / command, "-C", conf, *args], capture_output=True, text=True, env=env, timeout=300
    )


# Every console script starts through network.cli.open_site/open_app.
COMMANDS = [
    ("mttq-network", "mttq.langson.network.cli", ["list"]),
    ("mttq-reports", "mttq.langson.reports.cli", ["remind", "--dry-run"]),
    ("mttq-scale", "mttq.langson.scale.cli", ["generate", "--news-per-unit", "1"]),
]


@pytest.mark.parametrize("module, args", [c[1:] for c in COMMANDS] + [("mttq.langson.network.cli", ["create-site"])])
def test_missing_config_is_explained_by_every_command(module, args, tmp_path, capsys):
    cli = importlib.import_module(module)
    conf = tmp_path / "khong-co.conf"
    assert cli.main(["-C", str(conf), *args]) == 2
    assert f"Lỗi: không có tệp cấu hình Zope {conf} (hãy chạy 'make instance')." in capsys.readouterr().err


class TestCommand:
    def test_1_create_site(self, instance):
        result = run(instance, "create-site", "--network", "2021")
        assert result.returncode == 0, result.stderr[-2000:]
        assert "Đã tạo trang /Plone: trang của tỉnh và 11 trang đơn vị (mạng lưới 2021)." in result.stdout

    def test_2_list(self, instance):
        result = run(instance, "list")
        units = json.loads(result.stdout)
        assert [u["code"] for u in units][:3] == ["20", "178", "180"]
        assert len(units) == 12

    def test_3_add_rename_close(self, instance):
        added = run(instance, "add", "--code", "190", "--name", "Huyện Mẫu Sơn", "--level", "district")
        assert added.returncode == 0, added.stderr[-2000:]
        assert "Đã thêm đơn vị 190: Ủy ban MTTQ Việt Nam huyện Mẫu Sơn (/huyen-mau-son)." in added.stdout
        renamed = run(instance, "rename", "190", "--title", "Ủy ban MTTQ huyện Mẫu Sơn")
        assert "Đã đổi tên đơn vị 190: Ủy ban MTTQ huyện Mẫu Sơn." in renamed.stdout
        closed = run(instance, "close", "190")
        assert "Đã đóng đơn vị 190" in closed.stdout
        units = {u["code"]: u for u in json.loads(run(instance, "list").stdout)}
        assert units["190"]["state"] == "closed"
        assert units["190"]["title"] == "Ủy ban MTTQ huyện Mẫu Sơn"

    def test_4_bad_input_exits_2_in_vietnamese_and_writes_nothing(self, instance):
        closed_again = run(instance, "close", "190")
        assert closed_again.returncode == 2
        assert "Lỗi: Đơn vị 190 đã đóng từ trước." in closed_again.stderr
        duplicate = run(instance, "add", "--code", "180", "--name", "Xã Mới", "--level", "commune")
        assert duplicate.returncode == 2
        assert "Lỗi: Đã có đơn vị mang mã 180." in duplicate.stderr
        colour = run(instance, "add", "--code", "191", "--name", "Xã Mới", "--level", "commune", "--primary-color", "đỏ")
        assert colour.returncode == 2
        assert "Màu chủ đạo phải viết theo dạng #rrggbb" in colour.stderr
        assert len(json.loads(run(instance, "list").stdout)) == 13

    def test_5_missing_config_is_explained_in_vietnamese(self, tmp_path):
        result = run(tmp_path / "khong-co.conf", "list")
        assert result.returncode == 2
        assert "Lỗi: không có tệp cấu hình Zope" in result.stderr

    def test_6_second_create_keeps_data(self, instance):
        again = run(instance, "create-site", "--network", "2025")
        assert again.returncode == 0
        assert "Trang /Plone đã có: dữ liệu được giữ nguyên." in again.stdout
        assert len(json.loads(run(instance, "list").stdout)) == 13
        assert "nâng cấp" not in again.stdout  # nothing pending

    def test_6b_start_on_an_older_site_runs_its_upgrade_steps(self, instance):
        # A site made by the previous release: its profile is one version behind.
        script = (
            "import sys, transaction\n"
            "from mttq.langson.network.cli import open_site\n"
            "with open_site(sys.argv[1], 'Plone') as site:\n"
            "    setup = site.portal_setup\n"
            "    current = setup.getLastVersionForProfile('mttq.langson:default')[0]\n"
            "    setup.setLastVersionForProfile('mttq.langson:default', str(int(current) - 1))\n"
            "    transaction.commit()\n"
            "    print(current)\n"
        )
        current = subprocess.run([sys.executable, "-c", script, instance], capture_output=True, text=True,
                                 check=True).stdout.split()[-1]
        again = run(instance, "create-site")
        assert again.returncode == 0, again.stderr[-2000:]
        assert (f"Đã nâng cấp trang /Plone từ phiên bản {int(current) - 1} lên {current}." in again.stdout), again.stdout
        assert "nâng cấp" not in run(instance, "create-site").stdout

    def test_5_scale_generate_then_count(self, instance):
        result = subprocess.run(
            [BIN / "mttq-scale", "-C", instance, "generate", "--news-per-unit", "2", "--documents-per-unit", "1",
             "--events-per-unit", "1"],
            capture_output=True, text=True, env=dict(os.environ, LANG="C.UTF-8"), timeout=600,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        # 12 active units (190 is closed): province + 11 districts
        assert "Đã tạo 24 tin, 12 văn bản và 12 sự kiện trong" in result.stdout
        # the progress bar went to stderr, up to the total
        assert "24/24" in result.stderr and "12/12" in result.stderr

    def test_6_scale_refuses_bad_numbers(self, instance):
        result = subprocess.run(
            [BIN / "mttq-scale", "-C", instance, "generate", "--news-per-unit", "-3"],
            capture_output=True, text=True, env=dict(os.environ, LANG="C.UTF-8"), timeout=120,
        )
        assert result.returncode == 2
        assert "Giá trị không hợp lệ cho --news-per-unit" in result.stderr

    @pytest.mark.parametrize("command, args", [(c[0], c[2]) for c in COMMANDS])
    def test_7_missing_site_is_explained_by_every_command(self, instance, command, args):
        result = run(instance, "--site-id", "khong-co", *args, command=command)
        assert result.returncode == 2, result.stderr[-2000:]
        assert "Lỗi: chưa có trang /khong-co (hãy chạy 'make start' hoặc 'create-site')." in result.stderr
