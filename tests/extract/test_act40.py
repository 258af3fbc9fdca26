"""act40: housing and village works against general news. House and flat words are the housing
programme's only beside its people or giving; luxury property is property news; transformer stations
are village works beside a village; a press interview is no job interview; households signing a
commitment are a partnership. Sentences of our own, not from the gold articles; each reading is held
for the rules alone and with the classifier."""
from article_case import figs_agreed


def test_a_singers_flat_is_no_housing_programme():
    assert figs_agreed("Nữ ca sĩ tậu nhà mới",
                       "Nữ ca sĩ vừa mua căn hộ rộng 120 m2 ở trung tâm thành phố.") == [("120 m2", 120, "m2", "khac")]


def test_a_villa_is_property_news():
    assert figs_agreed("Doanh nhân chi tiền tỷ sửa nhà",
                       "Ông vừa chi 12 tỷ đồng để cải tạo căn biệt thự ven sông của gia đình.") == \
        [("12 tỷ đồng", 12_000_000_000, "đồng", "khac")]


def test_a_house_handed_to_a_poor_member_is_housing():
    assert figs_agreed("Trao nhà cho đoàn viên",
                       "Công đoàn huyện bàn giao 3 căn nhà cho đoàn viên có hoàn cảnh khó khăn.") == \
        [("3 căn nhà", 3, "nhà", "nha_o")]


def test_village_transformer_stations_are_new_rural_works():
    assert figs_agreed("Điện về các thôn vùng cao",
                       "Sau 5 năm, các xã trong huyện đã xây mới 85 trạm biến áp, đưa điện lưới về từng thôn, bản.") == \
        [("85 trạm biến áp", 85, "trạm biến áp", "nong_thon_moi")]


def test_a_press_interview_is_no_job_interview():
    assert figs_agreed("Công ty khởi nghiệp công bố kế hoạch",
                       "Trả lời phỏng vấn báo chí, hai nhà sáng lập cho biết công ty sẽ mở văn phòng mới.") == \
        [("hai nhà sáng lập", 2, "nhà sáng lập", "khac")]


def test_households_signing_a_commitment_is_a_partnership():
    assert figs_agreed("Khu phố ra quân giữ vệ sinh",
                       "Sau buổi ra quân, 95% hộ gia đình trong khu phố đã ký cam kết không lấn chiếm vỉa hè.") == \
        [("95%", 95, "%", "phoi_hop")]
