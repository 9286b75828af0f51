"""The report's words, English and Chinese: headings, axis labels and the "nothing yet" lines.

A show's persona file may override any of them (`Persona.say(key, lang, defaults=PHRASES)`).
Numbers in the slots come from the store's records, formatted by the report.
"""

from __future__ import annotations

PHRASES: dict[str, dict[str, str]] = {
    "report_title": {"en": "Post-show report: {show}", "zh": "直播复盘报告：{show}"},
    "report_span": {
        "en": "From {start} to {end} UTC ({minutes} minutes).",
        "zh": "{start} 至 {end}（UTC，共 {minutes} 分钟）。",
    },
    "report_empty": {
        "en": "Nothing has been recorded in this store yet: no questions yet, no orders, "
              "no draws.",
        "zh": "这个数据库里还没有任何记录：还没有提问、订单或抽奖。",
    },
    "report_summary": {
        "en": "{questions} questions: {answered} answered, {unanswered} unanswered, {held} held "
              "for review. {units} units sold in {orders} orders. {draws} draws. "
              "{actions} moderation actions.",
        "zh": "共 {questions} 个提问：已回答 {answered} 个，未回答 {unanswered} 个，"
              "待审核 {held} 个。{orders} 笔订单共售出 {units} 件。抽奖 {draws} 次。"
              "管理操作 {actions} 次。",
    },
    "report_questions": {"en": "Questions", "zh": "观众提问"},
    "report_no_questions": {"en": "No questions yet.", "zh": "还没有提问。"},
    "report_per_product": {"en": "Questions per product", "zh": "各产品的提问数"},
    "report_per_minute": {"en": "Questions per minute", "zh": "每分钟提问数"},
    "report_minute_axis": {"en": "minute of the show", "zh": "直播第几分钟"},
    "report_count_axis": {"en": "questions", "zh": "提问数"},
    "report_answered": {"en": "answered", "zh": "已回答"},
    "report_unanswered": {"en": "unanswered", "zh": "未回答"},
    "report_held": {"en": "held for review", "zh": "待审核"},
    "report_no_product": {"en": "(no product)", "zh": "（未对应产品）"},
    "report_todo": {
        "en": "Unanswered questions: the catalog to-do", "zh": "未回答的问题：商品资料待补清单",
    },
    "report_todo_none": {"en": "Every question was answered.", "zh": "所有提问都已回答。"},
    "report_col_product": {"en": "Product", "zh": "产品"},
    "report_col_reason": {"en": "Reason", "zh": "原因"},
    "report_col_count": {"en": "Count", "zh": "次数"},
    "report_col_examples": {"en": "What viewers asked", "zh": "观众的原话"},
    "report_latency": {"en": "Answer latency", "zh": "回答用时"},
    "report_latency_line": {
        "en": "{count} answers: median (p50) {p50} ms, p95 {p95} ms, slowest {max} ms.",
        "zh": "共 {count} 个回答：中位数（p50）{p50} 毫秒，p95 {p95} 毫秒，最慢 {max} 毫秒。",
    },
    "report_latency_none": {"en": "No answers yet.", "zh": "还没有回答。"},
    "report_latency_axis": {"en": "milliseconds to the reply", "zh": "到回复的毫秒数"},
    "report_answers_axis": {"en": "answers", "zh": "回答数"},
    "report_sales": {"en": "Deals announced and units sold", "zh": "优惠播报与销量"},
    "report_sales_none": {
        "en": "No deals announced and no orders yet.", "zh": "还没有优惠播报，也还没有订单。",
    },
    "report_units_axis": {"en": "units sold", "zh": "售出件数"},
    "report_deal_marker": {"en": "deal announced", "zh": "优惠播报"},
    "report_col_deals": {"en": "Deals announced", "zh": "优惠播报次数"},
    "report_col_units": {"en": "Units sold", "zh": "售出件数"},
    "report_col_orders": {"en": "Orders", "zh": "订单数"},
    "report_draws": {"en": "Lucky draws", "zh": "抽奖"},
    "report_draws_none": {"en": "No draws.", "zh": "没有抽奖。"},
    "report_col_draw": {"en": "Draw", "zh": "抽奖"},
    "report_col_prize": {"en": "Prize", "zh": "奖品"},
    "report_col_state": {"en": "State", "zh": "状态"},
    "report_col_entries": {"en": "Entries", "zh": "参与人数"},
    "report_col_picks": {"en": "Picked", "zh": "抽中"},
    "report_pick_pending": {"en": "to claim", "zh": "待领取"},
    "report_pick_claimed": {"en": "claimed", "zh": "已领取"},
    "report_pick_won": {"en": "won", "zh": "中奖"},
    "report_pick_unclaimed": {"en": "unclaimed", "zh": "未领取"},
    "report_pick_rerolled": {"en": "rerolled", "zh": "已重抽"},
    "report_pick_disqualified": {"en": "disqualified", "zh": "不符合资格"},
    "report_col_verify": {"en": "Check it yourself", "zh": "自行验证"},
    "report_not_drawn": {"en": "not drawn yet", "zh": "尚未开奖"},
    "report_moderation": {"en": "Moderation", "zh": "管理操作"},
    "report_moderation_none": {"en": "No moderation actions.", "zh": "没有管理操作。"},
    "report_moderation_line": {
        "en": "{count} actions, {rate} per minute over the show.",
        "zh": "共 {count} 次操作，平均每分钟 {rate} 次。",
    },
    "report_actions_axis": {"en": "actions", "zh": "操作次数"},
    "report_col_action": {"en": "Action", "zh": "操作"},
    "report_mod_moderator": {"en": "moderators' commands", "zh": "管理员指令"},
    "report_mod_filter": {"en": "chat filters", "zh": "聊天过滤"},
    "report_mod_review": {"en": "review decisions", "zh": "审核决定"},
    "report_mod_admin": {"en": "admin API and console", "zh": "管理接口与控制台"},
    "report_mod_show": {"en": "show commands", "zh": "直播流程指令"},
    # Why a question went unanswered (the "reason" codes of the question records).
    "report_reason_unknown": {"en": "no answer in the catalog", "zh": "商品资料里没有答案"},
    "report_reason_not_carried": {"en": "a product the shop does not carry",
                                  "zh": "店里没有这个产品"},
    "report_reason_declined": {"en": "a topic the host declines", "zh": "主播不谈的话题"},
    "report_reason_stale": {"en": "the facts changed before the reply",
                            "zh": "回复前信息已变"},
    "report_reason_rejected": {"en": "rejected in review", "zh": "审核未通过"},
    "report_reason_abstained": {"en": "not sure enough to answer", "zh": "把握不足，未作答"},
    # A draw's state (bot/draws/store.py).
    "report_state_created": {"en": "created", "zh": "已创建"},
    "report_state_open": {"en": "open", "zh": "进行中"},
    "report_state_closed": {"en": "closed", "zh": "已截止"},
    "report_state_drawn": {"en": "drawn", "zh": "已开奖"},
    "report_state_finished": {"en": "finished", "zh": "已结束"},
    "report_state_cancelled": {"en": "cancelled", "zh": "已取消"},
}
