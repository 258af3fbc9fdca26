"""Round 27 (act32): natural hazards the disaster lexicon missed (landslides written "lở đất",
avalanches, snowstorms, mudflows, boats capsized, people lost at sea) are thien_tai, abroad as at
home; embezzling benefits is wrongdoing (khac), not the policy. Sentences of our own, not
from the gold articles."""
from article_case import record


def test_the_dead_of_an_avalanche_abroad_are_the_disaster():
    text = ("Một trận lở tuyết đã vùi lấp hai bản làng ở miền bắc Nepal hôm thứ Ba. Giới chức địa phương "
            "cho biết 23 người thiệt mạng vì lở tuyết, nhiều người khác vẫn còn mắc kẹt.")
    for rules_only in (True, False):
        assert record(text, "23 người", "Nepal: tuyết lở vùi lấp làng", rules_only=rules_only) == \
            ("23 người", 23, "người", "thien_tai")


def test_a_landslide_written_lo_dat_is_the_disaster():
    text = ("Mưa kéo dài nhiều ngày gây lở đất tại một huyện miền núi của Indonesia. Vụ lở đất đã "
            "vùi lấp 14 ngôi nhà, lực lượng chức năng đang khẩn trương tìm kiếm.")
    for rules_only in (True, False):
        assert record(text, "14 ngôi nhà", "Indonesia: làng bị vùi lấp", rules_only=rules_only) == \
            ("14 ngôi nhà", 14, "nhà", "thien_tai")


def test_people_lost_at_sea_are_people_in_distress():
    text = ("Theo một tổ chức quốc tế, từ đầu năm đã có hơn 900 người bỏ mạng trên biển khi tìm cách "
            "vượt biển sang châu Âu bằng xuồng cao su.")
    for rules_only in (True, False):
        assert record(text, "hơn 900 người", "Chuyến đi định mệnh", rules_only=rules_only)[3] == "thien_tai"


def test_a_capsized_boat_is_the_disaster():
    text = "Trên đường về bến, chiếc ghe bị sóng lớn đánh lật thuyền khiến 3 người rơi xuống sông."
    for rules_only in (True, False):
        assert record(text, "3 người", "Tai họa trên sông", rules_only=rules_only)[3] == "thien_tai"


def test_benefits_embezzled_by_an_official_are_wrongdoing():
    text = ("Đoàn kiểm tra phát hiện một cán bộ xã đã trục lợi hơn 45 triệu đồng tiền trợ cấp của "
            "các đối tượng chính sách trên địa bàn.")
    for rules_only in (True, False):
        assert record(text, "hơn 45 triệu đồng", "Kiểm tra chi trả trợ cấp", rules_only=rules_only)[3] == "khac"
