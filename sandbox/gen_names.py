"""Bilingual shop names, origins, and seller contacts for the sandbox portfolio.

Names are invented; phone numbers use ranges reserved for fiction where a country has one
(US 555-01xx, UK 07700 900xxx) and e-mail addresses use the reserved example domains.
"""

from __future__ import annotations

import numpy as np

from sandbox.gen_common import pick, pick_weighted, randint

# Per category: Chinese cores (the shop's main word) and English trade words.
ZH_CORES: dict[str, tuple[str, ...]] = {
    "Food & Beverages": ("川味小厨", "牛肉丸", "鲜花饼", "螺蛳粉", "红枣", "茶叶", "零食铺"),
    "Beauty & Personal Care": ("玉颜美妆", "清颜护肤", "花漾彩妆", "水光肌", "本草护理", "香氛"),
    "Womenswear": ("衣橱时光", "素锦女装", "江南旗袍", "她的衣柜", "棉麻小铺", "优雅女装"),
    "Phones & Electronics": ("极客数码", "智联电子", "手机配件", "充电宝", "蓝牙耳机", "数码港"),
    "Home Supplies": ("宜居家居", "暖居生活", "收纳达人", "布艺家纺", "家居百货", "净家"),
    "Sports & Outdoor": ("山野户外", "跃动运动", "骑行装备", "露营家", "健身坊", "钓具"),
    "Toys & Hobbies": ("童趣玩具", "积木工坊", "模型社", "益智玩具", "手办屋", "毛绒玩具"),
    "Kitchenware": ("巧厨厨具", "铁锅", "陶瓷餐具", "刀具", "厨房好物", "不粘锅"),
    "Pet Supplies": ("萌宠家", "喵汪优选", "宠物零食", "猫砂", "宠物用品", "狗狗乐园"),
    "Health": ("康源健康", "草本养生", "保健品", "阿胶", "枸杞", "养生堂"),
    "Menswear": ("型男衣橱", "绅士馆", "男装", "工装裤", "衬衫定制", "潮牌"),
    "Jewelry Accessories": ("银饰坊", "珍珠物语", "饰品", "发饰", "手链", "玉石"),
}
# Regional styles and brand-like words; the seller's own city is added separately.
ZH_PREFIXES = ("", "", "", "潮汕", "云南", "江南", "小鹿", "阿福", "老街", "臻选", "优品", "初心",
               "桃花源", "星河")
ZH_SUFFIXES = ("旗舰店", "专卖", "专营店", "官方店", "小铺", "工厂店", "优选", "严选", "生活馆")

EN_TRADES: dict[str, tuple[str, ...]] = {
    "Food & Beverages": ("Pantry", "Snacks", "Tea House", "Foods", "Spice Co."),
    "Beauty & Personal Care": ("Beauty", "Glow", "Skin Lab", "Cosmetics"),
    "Womenswear": ("Boutique", "Studio", "Wardrobe", "Apparel"),
    "Phones & Electronics": ("Electronics", "Tech", "Mobile", "Gadgets"),
    "Home Supplies": ("Home", "Living", "Homeware"),
    "Sports & Outdoor": ("Outdoors", "Sports", "Active", "Gear"),
    "Toys & Hobbies": ("Toys", "Hobbies", "Playhouse"),
    "Kitchenware": ("Kitchenware", "Cookware", "Kitchen Co."),
    "Pet Supplies": ("Pets", "Pet Supply", "Paws"),
    "Health": ("Health", "Wellness", "Vitamins"),
    "Menswear": ("Menswear", "Tailors", "Outfitters"),
    "Jewelry Accessories": ("Jewelry", "Accessories", "Silver"),
}
EN_WORDS = ("Maple", "Oak", "Willow", "Harbor", "River", "Stone", "Lotus", "Jade", "Silk", "Cedar",
            "Pine", "Coral", "Amber", "Ivy", "Sage", "Ember", "Nova", "Pixel", "Orbit", "Bloom",
            "Golden", "Blue", "Bamboo", "Panda", "Dragon", "Pearl", "Sunny", "Lucky", "Urban",
            "Little", "Happy", "Copper", "Meadow", "Lantern")

# Origin (country, city code, Chinese city name used in some shop names).
CN_CITIES = (("CD", "成都"), ("SZ", "深圳"), ("GZ", "广州"), ("YW", "义乌"), ("HZ", "杭州"),
             ("SH", "上海"), ("ST", "汕头"), ("XM", "厦门"), ("QZ", "泉州"), ("DG", "东莞"),
             ("FS", "佛山"), ("CQ", "重庆"), ("WH", "武汉"), ("NB", "宁波"), ("KM", "昆明"))
LOCAL_CITIES: dict[str, tuple[str, ...]] = {
    "US": ("LA", "NY", "CH", "HO", "SE"), "GB": ("LN", "MA", "BI"), "TH": ("BK", "CM"),
    "PH": ("MN", "CE"), "MY": ("KL", "PG"), "SG": ("SG",), "VN": ("HC", "HN"),
    "ID": ("JK", "SB"),
}

ZH_SURNAMES = (("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
               ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"),
               ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"),
               ("郭", "Guo"), ("何", "He"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"))
ZH_GIVEN = (("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"),
            ("磊", "Lei"), ("洋", "Yang"), ("艳", "Yan"), ("勇", "Yong"), ("杰", "Jie"),
            ("娟", "Juan"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("秀英", "Xiuying"),
            ("晓东", "Xiaodong"), ("丽华", "Lihua"), ("建国", "Jianguo"), ("思远", "Siyuan"),
            ("雨欣", "Yuxin"), ("子轩", "Zixuan"), ("佳琪", "Jiaqi"), ("浩然", "Haoran"))
EN_FIRST = ("James", "Olivia", "Emma", "Liam", "Noah", "Ava", "Sophia", "Lucas", "Mia", "Ethan",
            "Grace", "Kevin", "Jason", "Cindy", "Vivian", "Tony", "Amy", "Eric", "Helen", "Leo")
EN_LAST = ("Smith", "Johnson", "Brown", "Taylor", "Miller", "Davis", "Wilson", "Clark", "Lewis",
           "Walker", "Hall", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker")
LOCAL_NAMES: dict[str, tuple[str, ...]] = {
    "TH": ("Somchai Prasert", "Suda Wongsa", "Anan Chaiyaporn", "Malee Sukjai"),
    "PH": ("Maria Santos", "Jose Reyes", "Angelica Cruz", "Paolo Bautista"),
    "MY": ("Siti Aminah", "Ahmad Faizal", "Nurul Huda", "Tan Wei Ming"),
    "SG": ("Rachel Tan", "Marcus Lim", "Priya Nair", "Daniel Ong"),
    "VN": ("Nguyen Thi Lan", "Tran Van Minh", "Le Thu Ha", "Pham Quoc Bao"),
    "ID": ("Siti Rahayu", "Budi Santoso", "Dewi Lestari", "Agus Pratama"),
}
LOCAL_LANGUAGE = {"US": "en-US", "GB": "en-GB", "TH": "th-TH", "PH": "en-PH", "MY": "ms-MY",
                  "SG": "en-SG", "VN": "vi-VN", "ID": "id-ID"}
CHANNELS = ("call", "email", "chat", "im", "meeting", "sms")
CN_CHANNEL_WEIGHTS = (20, 10, 15, 45, 5, 5)
LOCAL_CHANNEL_WEIGHTS = (25, 30, 15, 15, 10, 5)
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")


def origin_code(rng: np.random.Generator, origin_cn: bool, region: str) -> tuple[str, str]:
    """(country, city) of where the seller ships from: the first two parts of shop_code."""
    if origin_cn:
        return "CN", pick(rng, CN_CITIES)[0]
    return region, pick(rng, LOCAL_CITIES[region])


def shop_code_number(index: int, seed: int) -> int:
    """A number unique per seller index whatever the portfolio size.

    Blocks of 9,000 indexes map one-to-one onto 1000..9999, then 10000..18999, and so on;
    inside a block the order is scrambled by a multiplier coprime to 9,000.
    """
    block, offset = divmod(index, 9000)
    return 1000 + 9000 * block + (offset * 7919 + seed * 613) % 9000


def shop_name(rng: np.random.Generator, category: str, chinese: bool, city_zh: str) -> str:
    if chinese:
        prefix = pick(rng, ZH_PREFIXES)
        if prefix == "" and rng.random() < 0.3:
            prefix = city_zh
        return prefix + pick(rng, ZH_CORES[category]) + pick(rng, ZH_SUFFIXES)
    trade = pick(rng, EN_TRADES[category])
    style = randint(rng, 0, 2)
    if style == 0:
        first = pick(rng, EN_WORDS)
        second = pick(rng, [w for w in EN_WORDS if w != first])
        return f"{first} & {second} {trade}"
    if style == 1:
        return f"{pick(rng, EN_WORDS)} {pick(rng, EN_WORDS)} {trade}"
    return f"{pick(rng, EN_FIRST)}'s {trade}"


def city_name_zh(city: str) -> str:
    return next((name for code, name in CN_CITIES if code == city), "")


def _phone(rng: np.random.Generator, country: str) -> str:
    d = "".join(str(int(x)) for x in rng.random(10) * 10)
    formats = {
        "CN": "+86 1{0}{1} {2}{3}{4}{5} {6}{7}{8}{9}",
        "US": "+1 {0}{1}{2} 555 01{3}{4}",
        "GB": "+44 7700 900{0}{1}{2}",
        "TH": "+66 8{0} {1}{2}{3} {4}{5}{6}{7}",
        "PH": "+63 9{0}{1} {2}{3}{4} {5}{6}{7}{8}",
        "MY": "+60 1{0}-{1}{2}{3} {4}{5}{6}{7}",
        "SG": "+65 8{0}{1}{2} {3}{4}{5}{6}",
        "VN": "+84 9{0} {1}{2}{3} {4}{5}{6}{7}",
        "ID": "+62 8{0}{1}-{2}{3}{4}{5}-{6}{7}{8}{9}",
    }
    phone = formats[country].format(*d)
    # Keep US area codes and Chinese mobile prefixes plausible (no leading 0 or 1).
    if country == "US" and d[0] in "01":
        phone = phone.replace("+1 " + d[0], "+1 2", 1)
    if country == "CN" and d[0] in "012":
        phone = phone.replace("+86 1" + d[0], "+86 13", 1)
    return phone


def _im_handle(rng: np.random.Generator, country: str, slug: str, phone: str) -> str:
    compact = phone.replace(" ", "").replace("-", "")
    if country == "CN":
        letters = "".join(chr(97 + int(x)) for x in rng.random(6) * 26)
        return f"wxid_{letters}{randint(rng, 10, 99)}"
    if country == "TH":
        return f"line:{slug}"
    if country == "VN":
        return f"zalo:{compact}"
    if country in ("US", "GB"):
        return f"telegram:@{slug}"
    return f"whatsapp:{compact}"


def contact(rng: np.random.Generator, region: str, country: str, chinese_person: bool,
            number: int) -> dict[str, str]:
    """The seller's main contact: name (Chinese, English or local), phone, e-mail, IM."""
    if chinese_person:
        surname, surname_py = pick(rng, ZH_SURNAMES)
        given, given_py = pick(rng, ZH_GIVEN)
        if rng.random() < 0.3:
            english = pick(rng, EN_FIRST)
            name = f"{english} {surname_py} ({surname}{given})"
            slug = f"{english.lower()}.{surname_py.lower()}"
        else:
            name = surname + given
            slug = f"{given_py.lower()}.{surname_py.lower()}"
        language = "zh-CN" if rng.random() < 0.9 else "en-US"
        weights = CN_CHANNEL_WEIGHTS
    else:
        if region in LOCAL_NAMES and rng.random() < 0.7:
            name = pick(rng, LOCAL_NAMES[region])
        else:
            name = f"{pick(rng, EN_FIRST)} {pick(rng, EN_LAST)}"
        slug = name.lower().replace(" ", ".")
        language = LOCAL_LANGUAGE[region]
        weights = LOCAL_CHANNEL_WEIGHTS
    phone = _phone(rng, country)
    return {
        "name": name,
        "phone": phone,
        "email": f"{slug}{number}@{pick(rng, EMAIL_DOMAINS)}",
        "im_handle": _im_handle(rng, country, f"{slug.replace('.', '_')}{number % 1000}", phone),
        "preferred_channel": pick_weighted(rng, CHANNELS, weights),
        "language": language,
    }
