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
    "ui_sign_in_first": {"en": "sign in first", "zh": "请先登录"},
    # what an action did ("Done: ...")
    "ui_rejected": {"en": "#{id} rejected", "zh": "#{id} 已拒绝"},
    "ui_sent": {"en": "#{id} sent", "zh": "#{id} 已发送"},
    "ui_fix_saved": {"en": "correction saved", "zh": "更正已保存"},
    "ui_did_pause": {"en": "paused", "zh": "已暂停"},
    "ui_did_resume": {"en": "resumed", "zh": "已恢复"},
    "ui_did_quiet": {"en": "quiet for {minutes} min", "zh": "安静 {minutes} 分钟"},
    "ui_review_on": {"en": "review mode on", "zh": "审核模式已开启"},
    "ui_review_off": {"en": "review mode off", "zh": "审核模式已关闭"},
    "ui_extended": {"en": "{seconds}s left on this product", "zh": "当前商品还剩 {seconds} 秒"},
    "ui_skipped": {"en": "moving on to {sku}", "zh": "切换到 {sku}"},
    "ui_show_ending": {"en": "ending the show", "zh": "直播即将结束"},
    "ui_promotion_on": {"en": "{id} on", "zh": "{id} 已开启"},
    "ui_promotion_off": {"en": "{id} off", "zh": "{id} 已关闭"},
    "ui_product_updated": {"en": "{sku} updated", "zh": "{sku} 已更新"},
    "ui_draw_created": {"en": "draw #{id} created", "zh": "抽奖 #{id} 已创建"},
    "ui_draw_open": {"en": "draw #{id}: open", "zh": "抽奖 #{id}：已开始"},
    "ui_draw_close": {"en": "draw #{id}: close", "zh": "抽奖 #{id}：已截止"},
    "ui_draw_pick": {"en": "draw #{id}: pick", "zh": "抽奖 #{id}：已开奖"},
    "ui_draw_reroll": {"en": "draw #{id}: reroll", "zh": "抽奖 #{id}：已重抽"},
    "ui_draw_remove": {"en": "draw #{id}: remove", "zh": "抽奖 #{id}：已移除"},
    # why an action was not done ("Not done: ...")
    "ui_no_moderation": {"en": "moderation is not running in this show",
                         "zh": "本场直播没有启用管理功能"},
    "ui_no_held": {"en": "no held answer {id}", "zh": "没有待审回答 {id}"},
    "ui_decision": {"en": "decision: approve, edit or reject", "zh": "请选择：通过、修改或拒绝"},
    "ui_edit_empty": {"en": "the edited answer is empty", "zh": "修改后的回答是空的"},
    "ui_stale": {"en": "#{id} no longer checks out ({problems})",
                 "zh": "#{id} 已不再符合事实（{problems}）"},
    "ui_no_knowledge": {"en": "no knowledge base is loaded, so there is nothing to correct",
                        "zh": "还没有加载知识库，没有可更正的内容"},
    "ui_fix_needs": {"en": "a correction needs a question and an answer",
                     "zh": "更正需要一个问题和一个回答"},
    "ui_quiet_range": {"en": "minutes: between 1 and {most}", "zh": "分钟数：1 到 {most} 之间"},
    "ui_no_plan": {"en": "there is no show plan", "zh": "没有节目计划"},
    "ui_extend_range": {"en": "extend by between 1s and 1h", "zh": "加时要在 1 秒到 1 小时之间"},
    "ui_show_not_on": {"en": "the show isn't on", "zh": "直播没有在进行"},
    "ui_no_promotion": {"en": "no promotion {id} in the plan", "zh": "计划里没有促销 {id}"},
    "ui_no_shop": {"en": "no shop is connected to this show", "zh": "本场直播没有连接店铺"},
    "ui_bad_field": {"en": "{field}: {error}", "zh": "{field}：{error}"},
    "ui_price_or_stock": {"en": "give a price or a stock", "zh": "请填写价格或库存"},
    "ui_no_draws": {"en": "draws are not running in this show", "zh": "本场直播没有启用抽奖"},
    "ui_nobody_left": {"en": "nobody eligible is left to pick", "zh": "已经没有符合条件的人可抽了"},
    "ui_name_entrant": {"en": "name the entrant to remove (platform:name)",
                        "zh": "请写明要移除的参与者（平台:名字）"},
    "ui_no_draw_action": {"en": "no draw action {action}", "zh": "没有抽奖操作 {action}"},
    "ui_not_number": {"en": "{field}: a number, not {text}", "zh": "{field}：要一个数字，不是 {text}"},
    "ui_not_whole": {"en": "{field}: a whole number, not {text}",
                     "zh": "{field}：要一个整数，不是 {text}"},
    "ui_nothing_changed": {"en": "nothing changed", "zh": "没有改动"},
    "ui_moved_on": {"en": "the show already moved on to {sku}", "zh": "直播已经切换到 {sku}"},
    "ui_no_draw": {"en": "no draw #{id}", "zh": "没有抽奖 #{id}"},
    "ui_draw_changed": {"en": "draw #{id} changed since this page showed it ({state} now): look "
                              "again", "zh": "抽奖 #{id} 在页面显示之后已变化（现在是 {state}）：请刷新再看"},
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
