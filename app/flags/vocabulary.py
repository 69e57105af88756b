"""Words the rule messages take from the data (an account status, the metric a seller
still misses), in the message's language: "The account is suspended." but
"店铺状态：已暂停。", never an English code inside a Chinese sentence."""

from __future__ import annotations

from typing import Any

# Message arguments that hold a code from the data rather than a number or a name.
CODED_ARGS = ("status", "missing", "metric")

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "late_dispatch_rate": "late-dispatch rate", "cancellation_rate": "cancellation rate",
        "on_time_delivery_rate": "on-time delivery rate", "return_rate": "return rate",
        "negative_review_rate": "negative-review rate",
        "im_response_rate": "IM response rate", "conversion_rate": "conversion rate",
        "content_share": "content share", "gmv_growth": "GMV growth",
        "violation_points": "violation points", "sps": "SPS", "ahr": "AHR",
    },
    "zh_CN": {
        "active": "正常", "restricted": "受限", "suspended": "已暂停", "closed": "已关闭",
        "late_dispatch_rate": "延迟发货率", "cancellation_rate": "卖家取消率",
        "on_time_delivery_rate": "准时送达率", "return_rate": "退货率",
        "negative_review_rate": "差评率", "im_response_rate": "IM 回复率",
        "conversion_rate": "转化率", "content_share": "内容带货占比",
        "gmv_growth": "GMV 增长率", "violation_points": "违规积分",
        "sps": "店铺评分 (SPS)", "ahr": "账户健康分 (AHR)",
    },
}


def in_language(args: dict[str, Any], language: str) -> dict[str, Any]:
    """`args` with its coded values in words of `language` (unknown codes stay as they are,
    GMV windows such as "gmv_30d" included, which read the same in both)."""
    words = _WORDS.get(language, {})
    return {key: words.get(value, value) if key in CODED_ARGS and isinstance(value, str)
            else value for key, value in args.items()}
