"""act56: general news around gifts, fires and money. A [[context]] rule may now name cues of general
news (`named_khac`): act54 found that its `named` check saw only cues of ours, so no rule could ask for
a fire, a logger or a shop's promotion. With it, a gift verb in a sale ("tặng ngay 300.000 đồng cho
khách hàng chọn mua") is sales news, not a gift to the needy ("sales gift"); what a fire burnt or
loggers felled is the fire's or the crime's loss, not the forest's programme ("burnt or felled"); and
money a giving verb hands to a charity is a donation, quyen_gop ("donated"). Sentences of our own, not
from the gold articles."""
from dataclasses import replace

from article_case import figs_both

from extract.activity import ContextRule, Cue, _names, taxonomy


def _rule(name: str) -> ContextRule:
    return next(r for r in taxonomy().context if r.name == name)


def test_a_rule_names_general_news_cues_only_when_it_asks():
    text = "vụ cháy lớn"
    fire = Cue(0, 7, "khac", 2.0)
    burnt, received = _rule("burnt or felled"), _rule("received")
    assert burnt.named_khac and "vụ cháy" in burnt.named
    assert _names(fire, text, burnt) is True
    # a rule without the flag still needs a cue of ours: the same khac cue written as one of its words is none
    assert not received.named_khac
    assert _names(fire, text, replace(received, named=frozenset({"vụ cháy"}))) is False
    # (act60: "safety training" names work accidents, a general-news cue)
    assert [r.name for r in taxonomy().context if r.named_khac] == ["sales gift", "burnt or felled", "safety training"]


def test_a_phone_shops_discount_is_sales_news():
    # was tham_hoi_tang_qua by the rules: the gift verb "tặng" governed the sum
    rules, combined = figs_both("Điện thoại mới giảm giá cuối tuần",
                                "Nhân dịp cuối tuần, hãng tặng ngay 300.000 đồng cho khách hàng chọn mua máy màu xanh "
                                "tại các cửa hàng trên toàn quốc.")
    assert rules == combined == [("300.000 đồng", 300000.0, "đồng", "khac")]


def test_a_banks_gifts_to_depositors_are_sales_news():
    # was tham_hoi_tang_qua by the rules and the classifier
    rules, combined = figs_both("Ngân hàng ưu đãi đầu năm",
                                "Chương trình khuyến mãi đầu xuân diễn ra đến hết tháng 3, đồng thời ngân hàng dành tặng "
                                "hơn 5.000 phong bao lì xì cho các khách hàng gửi tiền trong tuần đầu.")
    assert rules == combined == [("hơn 5.000 phong bao", 5000.0, "phong bao", "khac")]


def test_a_firms_gifts_to_the_poor_stay_gifts():
    rules, combined = figs_both("Doanh nghiệp tặng quà hộ nghèo",
                                "Nhân dịp Tết, công ty đã trao tặng 200 suất quà cho hộ nghèo của xã, mỗi suất trị giá "
                                "500.000 đồng.")
    assert rules == combined == [("200 suất quà", 200.0, "suất quà", "tham_hoi_tang_qua"),
                                 ("500.000 đồng", 500000.0, "đồng", "tham_hoi_tang_qua")]


def test_forest_burnt_in_a_fire_is_the_fires_loss():
    # was nong_thon_moi by the rules ("rừng phòng hộ")
    rules, combined = figs_both("Cháy rừng phòng hộ ở Sóc Sơn",
                                "Đây là vụ cháy lớn nhất nhiều năm qua. Năm 2010, một vụ cháy khác khiến 30ha rừng phòng "
                                "hộ trên địa bàn huyện bị thiêu rụi.")
    assert rules == combined == [("30ha", 30.0, "ha", "khac")]


def test_trees_felled_by_loggers_are_forest_crime():
    rules, combined = figs_both("Phá rừng nguyên sinh ở vườn quốc gia",
                                "Lâm tặc ngang nhiên vào rừng, khiến hàng chục cây gỗ quý bị đốn hạ mà kiểm lâm không "
                                "hay biết.")
    assert rules == combined == [("hàng chục cây gỗ", 10.0, "cây gỗ", "khac")]


def test_buffaloes_burnt_by_lightning_stay_weather_damage():
    rules, combined = figs_both("Sét đánh chết trâu",
                                "Trong cơn giông chiều qua, sét đánh khiến 3 con trâu của gia đình ông A bị thiêu cháy "
                                "ngoài đồng.")
    assert rules == combined == [("3 con trâu", 3.0, "trâu", "thien_tai")]


def test_money_given_to_charity_funds_is_a_donation():
    rules, combined = figs_both("Người trúng xổ số làm từ thiện",
                                "Sau khi nhận thưởng, ông H. đã tặng 300 triệu đồng cho 3 quỹ từ thiện hướng tới trẻ em "
                                "có hoàn cảnh khó khăn.")
    assert rules == combined == [("300 triệu đồng", 300000000.0, "đồng", "quyen_gop"), ("3 quỹ", 3.0, "quỹ", "quyen_gop")]


def test_a_benefactors_cash_to_a_family_is_no_donation_and_prices_no_gift():
    rules, combined = figs_both("Nhà hảo tâm giúp cháu bé bị bỏng",
                                "Biết hoàn cảnh của gia đình, một nhà hảo tâm đã trao tặng 20 triệu đồng để cháu tiếp tục "
                                "điều trị.")
    # (no charity named: "donated" does not fire; the rules' y_te, the treatment's words, is left as it was)
    assert rules[0][:3] == ("20 triệu đồng", 20000000.0, "đồng") and rules[0][3] != "quyen_gop"
    assert combined == [("20 triệu đồng", 20000000.0, "đồng", "tham_hoi_tang_qua")]
    rules, combined = figs_both("Giá rau tăng mạnh", "Tại chợ, mỗi kg rau muống có giá 20.000 đồng, tăng gấp đôi so với "
                                "tuần trước.")
    assert rules == combined == [("20.000 đồng", 20000.0, "đồng", "khac")]
