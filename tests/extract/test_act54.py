"""act54: farm households, their fields and the farm-gate price ("hộ nông dân", "sào lúa", "nương rẫy",
"nuôi tôm", "thu mua") are the livelihood (sinh_ke cues); trees felled by loggers and a forest burnt down
("lâm tặc", "đốn hạ", "phá rừng", "chặt phá", "gỗ lậu", "cháy rụi") are crime and fire news (khac cues),
not the forest's conservation. The least-tuned splits (dev19, test14, test15, dev18) read such figures
as khac or nong_thon_moi. "người nông dân" is no cue: general news writes the farmer who finds a python.
Sentences of our own, not from the gold articles."""
from article_case import figs_both


def test_a_households_rice_plots_are_its_livelihood():
    # was thien_tai (the rainy season and the stream around them)
    rules, combined = figs_both("Mùa mưa, dân bản lội suối ra đồng",
                                "Gia đình anh Lò Văn Tâm ở bản Nà Sài có 5 sào lúa nằm bên kia suối, mùa mưa phải "
                                "lội nước mới tới ruộng.")
    assert rules == combined == [("5 sào", 5.0, "sào", "sinh_ke")]


def test_shrimp_farming_area_is_the_livelihood():
    # was khac
    rules, combined = figs_both("Nông dân miền Tây mở rộng nuôi tôm",
                                "Tỉnh phấn đấu đến năm 2020 có 50.000 ha nuôi tôm công nghệ cao, tập trung ở các "
                                "huyện ven biển.")
    assert rules == combined == [("50.000 ha", 50000.0, "ha", "sinh_ke")]


def test_shrimp_ponds_lost_to_drought_stay_the_disasters():
    rules, combined = figs_both("Hạn mặn ở Cà Mau", "Hạn hán và xâm nhập mặn làm 3.500 ha nuôi tôm bị thiệt hại.")
    assert rules == combined == [("3.500 ha", 3500.0, "ha", "thien_tai")]


def test_farm_households_joining_a_project():
    # was khac
    rules, combined = figs_both("Dự án liên kết trồng rau sạch",
                                "Giai đoạn đầu có 12 hộ nông dân tham gia dự án, mỗi hộ được hướng dẫn kỹ thuật "
                                "canh tác.")
    assert rules == combined == [("12 hộ", 12.0, "hộ", "sinh_ke")]


def test_upland_fields_and_the_farm_gate_price_by_the_rules():
    # was khac by the rules; the classifier, which has seen neither word in the tuning gold, is unsure here and
    # since act55 leaves the rules to decide
    rules, combined = figs_both("Bà con buôn làng lên nương",
                                "Mỗi năm, bà con phải vượt suối để lên canh tác hàng chục héc ta nương rẫy.")
    assert rules == combined == [("hàng chục héc ta", 10.0, "héc ta", "sinh_ke")]
    rules, combined = figs_both("Lúa Đông Xuân rớt giá",
                                "Tại Bạc Liêu, lúa tươi giống OM 5451 được thương lái thu mua với giá 4.800 đồng/kg.")
    assert rules == combined == [("4.800 đồng", 4800.0, "đồng", "sinh_ke")]


def test_a_farmer_in_general_news_is_no_livelihood():
    rules, combined = figs_both("Phát hiện trăn lớn trong vườn",
                                "Một người nông dân ở tỉnh Vân Nam, Trung Quốc tìm thấy một con trăn dài 4 m trong "
                                "trang trại của mình.")
    assert rules == combined == [("4 m", 4.0, "m", "khac")]


def test_trees_felled_by_loggers_are_crime_news():
    # was nong_thon_moi ("rừng phòng hộ")
    rules, combined = figs_both("Vườn quốc gia mất rừng",
                                "Lực lượng chức năng phát hiện 15 cây gỗ quý trong rừng phòng hộ đã bị lâm tặc đốn hạ.")
    assert rules == combined == [("15 cây gỗ", 15.0, "cây gỗ", "khac")]


def test_a_forest_burnt_down_is_the_fires():
    # was nong_thon_moi by the rules ("rừng phòng hộ" as the counted noun outvoted "vụ cháy")
    rules, combined = figs_both("Không để cháy rừng bùng phát trở lại",
                                "Vụ cháy rừng kéo dài tới 12 giờ đồng hồ đã khiến ít nhất 50ha rừng phòng hộ bị cháy "
                                "rụi.")
    assert rules == combined == [("ít nhất 50ha", 50.0, "ha", "khac")]
