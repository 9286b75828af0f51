"""The console's and the overlays' words, English and Chinese (a persona file may override any).

Templates call `t("key", **slots)`, which is `Persona.say(key, lang, defaults=UI_PHRASES)`.
"""

from __future__ import annotations

from types import MappingProxyType

from bot.persona import Phrasebook

_P: dict[str, dict[str, str]] = {
    # -- sign-in and frame
    "ui_title": {"en": "Hawker console", "zh": "Hawker 控制台"},
    "ui_sign_in": {"en": "Sign in", "zh": "登录"},
    "ui_sign_out": {"en": "Sign out", "zh": "退出"},
    "ui_token": {"en": "Admin token", "zh": "管理令牌"},
    "ui_bad_token": {"en": "That token is not one of this show's admin tokens.",
                     "zh": "这个令牌不是本场直播的管理令牌。"},
    "ui_too_many_tries": {"en": "Too many wrong tokens from this address: try again in "
                                "{seconds}s.", "zh": "此地址输错令牌次数过多，请 {seconds} 秒后再试。"},
    "ui_signed_in_as": {"en": "{name} ({role})", "zh": "{name}（{role}）"},
    "ui_lang": {"en": "中文", "zh": "English"},
    # -- panels
    "ui_questions": {"en": "Questions", "zh": "观众提问"},
    "ui_review": {"en": "Review queue", "zh": "待审回答"},
    "ui_controls": {"en": "On air", "zh": "播出控制"},
    "ui_show": {"en": "Show", "zh": "节目"},
    "ui_draws": {"en": "Draws", "zh": "抽奖"},
    "ui_audit": {"en": "Audit log", "zh": "审计日志"},
    "ui_report": {"en": "Post-show report", "zh": "直播复盘报告"},
    "ui_none": {"en": "Nothing yet.", "zh": "暂无。"},
    "ui_needs_role": {"en": "Needs the {role} role.", "zh": "需要{role}权限。"},
    # -- question stream
    "ui_answered": {"en": "answered", "zh": "已回答"},
    "ui_unanswered": {"en": "unanswered: {reason}", "zh": "未回答：{reason}"},
    "ui_held": {"en": "held for review", "zh": "待审核"},
    # -- review
    "ui_approve": {"en": "Approve", "zh": "通过"},
    "ui_reject": {"en": "Reject", "zh": "拒绝"},
    "ui_edit_send": {"en": "Send edited", "zh": "修改后发送"},
    "ui_fix": {"en": "Correct an answer (!fix)", "zh": "纠正回答（!fix）"},
    "ui_fix_question": {"en": "Question", "zh": "问题"},
    "ui_fix_answer": {"en": "Answer", "zh": "回答"},
    "ui_fix_sku": {"en": "SKU (optional)", "zh": "SKU（可选）"},
    "ui_save": {"en": "Save", "zh": "保存"},
    # -- controls
    "ui_paused": {"en": "Paused", "zh": "已暂停"},
    "ui_quiet": {"en": "Quiet for {minutes} more min", "zh": "静音中，还剩 {minutes} 分钟"},
    "ui_live": {"en": "On air", "zh": "播出中"},
    "ui_pause": {"en": "Pause", "zh": "暂停"},
    "ui_resume": {"en": "Resume", "zh": "恢复"},
    "ui_quiet_for": {"en": "Quiet (minutes)", "zh": "静音（分钟）"},
    "ui_review_mode": {"en": "Review mode: {state}", "zh": "审核模式：{state}"},
    "ui_on": {"en": "on", "zh": "开"},
    "ui_off": {"en": "off", "zh": "关"},
    "ui_turn_on": {"en": "Turn on", "zh": "开启"},
    "ui_turn_off": {"en": "Turn off", "zh": "关闭"},
    # -- show
    "ui_now": {"en": "Now", "zh": "当前"},
    "ui_next": {"en": "Next", "zh": "下一个"},
    "ui_show_state": {"en": "Show: {state}", "zh": "节目：{state}"},
    "ui_left": {"en": "{seconds}s left", "zh": "剩余 {seconds} 秒"},
    "ui_extend": {"en": "Extend (seconds)", "zh": "延长（秒）"},
    "ui_skip": {"en": "Skip to next", "zh": "跳到下一个"},
    "ui_promotions": {"en": "Promotions", "zh": "促销"},
    "ui_products": {"en": "Prices and stock", "zh": "价格与库存"},
    "ui_price": {"en": "Price", "zh": "价格"},
    "ui_list_price": {"en": "List price", "zh": "原价"},
    "ui_stock": {"en": "Stock", "zh": "库存"},
    # -- draws
    "ui_prize": {"en": "Prize", "zh": "奖品"},
    "ui_winners": {"en": "Winners", "zh": "中奖人数"},
    "ui_keyword": {"en": "Keyword", "zh": "口令"},
    "ui_duration": {"en": "Seconds open", "zh": "开放秒数"},
    "ui_create": {"en": "Create", "zh": "创建"},
    "ui_open": {"en": "Open", "zh": "开始"},
    "ui_close": {"en": "Close", "zh": "截止"},
    "ui_pick": {"en": "Pick", "zh": "开奖"},
    "ui_reroll": {"en": "Reroll", "zh": "重抽"},
    "ui_remove": {"en": "Remove entrant", "zh": "移除参与者"},
    "ui_entrant": {"en": "platform:name", "zh": "平台:昵称"},
    "ui_commitment": {"en": "Commitment", "zh": "承诺哈希"},
    "ui_list_hash": {"en": "List hash", "zh": "名单哈希"},
    "ui_verify": {"en": "Verify", "zh": "验证"},
    # -- audit
    "ui_kind": {"en": "Kind", "zh": "类型"},
    "ui_actor": {"en": "Actor", "zh": "操作者"},
    "ui_filter": {"en": "Filter", "zh": "筛选"},
    # -- action results (the flash line)
    "ui_done": {"en": "Done: {what}.", "zh": "已完成：{what}。"},
    "ui_refused": {"en": "Not done: {why}", "zh": "未完成：{why}"},
    "ui_csrf": {"en": "This form is out of date: reload the page.",
                "zh": "表单已过期，请刷新页面。"},
    "ui_twice": {"en": "Already done: that was the same form sent twice.",
                 "zh": "已处理：同一表单提交了两次。"},
    "ui_cross_site": {"en": "Refused: this came from another site. Open the console at its own "
                            "address.", "zh": "已拒绝：请求来自其他网站。请直接打开控制台的地址。"},
    # -- overlays
    "ov_not_configured": {
        "en": "No overlay token is set up: name its environment variable in [webhooks] "
              "overlay_token_env, set it, restart Hawker, then add ?token=<its value> here.",
        "zh": "尚未设置叠加层令牌：在 [webhooks] overlay_token_env 中写明环境变量名并设置它，"
              "重启 Hawker，然后在网址后加 ?token=<令牌>。"},
    "ov_bad_token": {"en": "This overlay needs ?token=<the overlay token> in its URL (the value "
                           "of the variable [webhooks] overlay_token_env names).",
                     "zh": "叠加层网址需要带上 ?token=<叠加层令牌>（[webhooks] overlay_token_env "
                           "所指环境变量的值）。"},
    "ov_list_price": {"en": "was {price}", "zh": "原价 {price}"},
    "ov_saving": {"en": "save {amount} ({percent}% off)", "zh": "立省 {amount}（省 {percent}%）"},
    "ov_ends_in": {"en": "ends in", "zh": "倒计时"},
    "ov_stock_left": {"en": "{stock} left", "zh": "仅剩 {stock} 件"},
    "ov_sold_out": {"en": "SOLD OUT", "zh": "已售罄"},
    "ov_entries": {"en": "{count} entered", "zh": "{count} 人参与"},
    "ov_type_to_enter": {"en": "Type {keyword} to enter", "zh": "发送 {keyword} 参与"},
    "ov_winner": {"en": "Winner: {names}", "zh": "中奖：{names}"},
    "ov_more": {"en": "and {count} more", "zh": "等另外 {count} 人"},
    "ov_no_draw": {"en": "", "zh": ""},
}

UI_PHRASES: Phrasebook = MappingProxyType(_P)
