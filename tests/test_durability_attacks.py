"""Hostile and careless input found after issue 21 landed: each a clear one-line refusal
naming the file, line or field, never an internal error, and names that cannot speak for
the bot."""

from __future__ import annotations

import json
import shutil

import pytest

from bot.cli import main
from bot.config import Config, ConfigError
from bot.examples import sample_dir
from bot.persona import Persona, shown_name
from bot.show.plan import PlanError, load_plan, parse_plan
from knowledge import quantities
from plugins.webhooks.models import ChatEvent, shop_event
from tests import test_webhooks_inbound as inbound

SAMPLE = sample_dir()
receiver, subscriber = inbound.receiver, inbound.subscriber  # fixtures
HUGE = "1" + "0" * 400  # JSON and YAML both allow an integer this long


@pytest.fixture
def show(tmp_path):
    for name in ("hawker.toml", "catalog.yaml", "persona.yaml", "policies.yaml", "show.yaml"):
        shutil.copy(SAMPLE / name, tmp_path / name)
    return tmp_path


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def check(show, capsys) -> tuple[int, str]:
    code = main(["check", "--config", str(show / "hawker.toml")])
    out = capsys.readouterr()
    assert "internal error" not in out.err and "Traceback" not in out.err
    return code, out.out + out.err


# -- numbers too large for a float ------------------------------------------------------------


@pytest.mark.parametrize("call", [
    lambda: quantities.seconds(int(HUGE)),
    lambda: quantities.number(int(HUGE), minimum=0, maximum=1e11),
])
def test_an_integer_too_large_for_a_float_is_a_value_error(call):
    with pytest.raises(ValueError, match="finite"):
        call()


def test_webhook_times_of_400_digits_are_schema_errors_not_500s():
    promo = ('{"id":"e1","type":"promotion","action":"start","promotion":{"id":"p",'
             '"skus":["A"],"kind":"percent","value":10,"starts_at":' + HUGE + '}}')
    chat = ('{"id":"e1","channel":"c","message_id":"m","viewer":{"id":"v","display_name":"x"},'
            '"text":"hi","timestamp":' + HUGE + '}')
    for validate, body in ((shop_event.validate_json, promo), (ChatEvent.model_validate_json,
                                                                chat)):
        with pytest.raises(ValueError) as err:  # pydantic's ValidationError: a 422
            validate(body)
        assert type(err.value).__name__ == "ValidationError"


def test_a_plan_duration_of_400_digits_names_its_line(show):
    edit(show / "show.yaml", "duration: 4m", f"duration: {HUGE}")
    with pytest.raises(PlanError) as err:
        load_plan(show / "show.yaml")
    assert "show.yaml:14: segments[0].duration: not a finite number" in str(err.value)


# -- plan: prices said as cents, keys written twice, encodings -----------------------------------


@pytest.mark.parametrize("value", ["0.001", "69.999", "1e-9"])
def test_a_fixed_price_finer_than_cents_is_refused(show, value):
    # ¥0.001 would go live as ¥0.00 and chat would say "100% off".
    edit(show / "show.yaml", "value: 69.90", f"value: {value}")
    with pytest.raises(PlanError, match=r"show.yaml:18: segments\[0\].promotion: .*in cents"):
        load_plan(show / "show.yaml")


def test_a_fixed_price_in_cents_is_fine(show):
    edit(show / "show.yaml", "value: 69.90", "value: 0.01")
    assert load_plan(show / "show.yaml").segments[0].promotion.value == 0.01


def test_a_key_written_twice_in_the_plan_is_named_not_silently_replaced():
    text = "segments:\n  - product: A\n    duration: 4m\n    duration: 40m\n"
    with pytest.raises(PlanError) as err:
        parse_plan(text, "show.yaml")
    assert err.value.issues == ["show.yaml:4: segments[0].duration: written twice "
                                "(the first would be lost)"]


def test_a_plan_saved_as_utf16_or_with_a_bom(show):
    plan = show / "show.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_bytes(text.encode("utf-8-sig"))
    assert len(load_plan(plan).segments) == 10
    plan.write_bytes(text.encode("utf-16"))
    with pytest.raises(PlanError, match="show.yaml: not UTF-8 text"):
        load_plan(plan)


# -- hawker.toml and the persona -----------------------------------------------------------------


def test_a_config_saved_as_utf16_is_a_config_error_naming_the_file(show, capsys):
    toml = show / "hawker.toml"
    toml.write_bytes(toml.read_text(encoding="utf-8").encode("utf-16"))
    with pytest.raises(ConfigError, match="hawker.toml: not UTF-8 text"):
        Config.load(toml)
    code, out = check(show, capsys)
    assert code != 0 and "hawker.toml: not UTF-8 text" in out


def test_a_persona_in_gbk_or_with_phrases_twice(show, capsys):
    persona = show / "persona.yaml"
    text = persona.read_text(encoding="utf-8")
    persona.write_bytes(text.encode("gbk"))
    with pytest.raises(ConfigError, match="persona.yaml: not UTF-8 text"):
        Persona.load(persona)
    # A second `phrases:` block pasted at the end would silently drop every phrase above it.
    persona.write_text(text + '\nphrases:\n  draw_claimed:\n    en: "{name} got {prize}"\n',
                       encoding="utf-8")
    with pytest.raises(ConfigError, match=r"persona.yaml:\d+: phrases: written twice"):
        Persona.load(persona)
    code, out = check(show, capsys)
    assert code != 0 and "phrases: written twice" in out


def test_check_finds_the_unknown_slot_that_would_stop_the_show(show, capsys):
    """`hawker run` refuses a draw phrase with an unknown slot; `hawker check` said "ok"."""
    edit(show / "persona.yaml", "\nphrases:\n",
         '\nphrases:\n  draw_winners:\n    en: "congrats {winner_names}"\n')
    code, out = check(show, capsys)
    assert code != 0
    assert "phrases.draw_winners.en: unknown slot {winner_names}" in out


# -- names that speak for the bot -----------------------------------------------------------------


@pytest.mark.parametrize(("name", "shown"), [
    ("老王 牛肉一元秒杀", "老王 牛肉"),  # Chinese numerals: one yuan
    ("Tom 。BEEF 九块九包邮", "Tom"),  # ¥9.9 with free shipping, after a full stop
    ("小李 全场五折", "小李 全场"),  # 50% off
    ("Lao Zhang BEEF only 1.00 tonight", "Lao Zhang BEEF only"),
    ("Tom RMB 1 beef", "Tom"),
    ("Amy ₹1 beef", "Amy"),
    ("Bob ₩1000", "Bob"),
    ("Kim 1円", "Kim"),
    ("Tom 1 dollar beef", "Tom"),
    ("Tom 5 bucks", "Tom"),
    ("老王！牛肉今晚特价", "老王"),
    ("Web3.0 Fan", "Web3.0 Fan"),  # a version number is not a price
    ("DJ K2", "DJ K2"),
])
def test_prices_in_any_currency_or_numeral_are_cut_from_names(name, shown):
    assert shown_name(name) == shown


# -- draws: a 0 is not "the default"; verify says what it could not check -----------------------


@pytest.fixture
def draws(tmp_path):
    from bot.clock import FakeClock
    from bot.draws.service import Draws
    from bot.draws.settings import DrawsSection
    from bot.store import Store
    from tests.test_draws_verify import Sink

    clock = FakeClock()
    store = Store(tmp_path / "d.db", clock=clock)
    yield Draws(store, clock, Sink(), Persona(name="Z"), DrawsSection(winners=1,
                                                                      duration_seconds=60))
    store.close()


@pytest.mark.parametrize(("winners", "duration", "error"), [
    (0, None, "winners must be between 1 and 1000"),
    (True, None, "winners must be between 1 and 1000"),
    (None, 0.0, "the duration must be more than 0s"),
    (None, float("nan"), "the duration must be more than 0s"),
    (None, 1e12, "at most 30 days"),
])
def test_a_draw_of_0_winners_or_0s_is_refused_not_the_default(draws, winners, duration, error):
    from bot.draws.service import DrawError

    with pytest.raises(DrawError, match=error):
        draws.create("Mug", winners, "lucky", duration, "mia")
    assert draws.store.recent(5) == []


def test_a_plan_draw_open_for_0s_is_refused(show):
    edit(show / "show.yaml", "open_for: 2m", "open_for: 0s")
    with pytest.raises(PlanError, match=r"segments\[2\].draw.open_for: must be longer than 0s"):
        load_plan(show / "show.yaml")


def _drawn_record(tmp_path):
    from tests.test_draws_verify import drawn

    config, out = drawn.__wrapped__(tmp_path)
    assert main(["draw", "export", "1", "--config", str(config), "-o", str(out)]) == 0
    return json.loads(out.read_text())


def _verify(tmp_path, record, capsys) -> tuple[int, str, str]:
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    rc = main(["draw", "verify", str(path)])
    verified, _, unchecked = capsys.readouterr().out.partition("not checked (as the file says):")
    return rc, verified, unchecked


def test_a_winner_marked_disqualified_is_listed_as_not_checked(tmp_path, capsys):
    """Swap a winner for the next pick of the same stream by marking them disqualified: the
    sequence still replays and the count matches, so it verifies; but the output must say the
    disqualification is the file's word, not print the new winner as if nothing else mattered."""
    from bot.draws import fairness

    record = _drawn_record(tmp_path)
    entries = [fairness.Entry(p, v, t) for p, v, t in record["entries"]]
    seed = bytes.fromhex(record["seed"])
    nxt = fairness.picks(seed, entries, 4, b"")[3]
    victim = record["picks"][0]
    victim.update(status="disqualified", reason="banned")
    record["picks"].append({"seq": 3, "platform": nxt.platform, "viewer_id": nxt.viewer_id,
                            "name": "new", "status": "won", "reason": ""})
    record["winners"] = [[p["platform"], p["viewer_id"]] for p in record["picks"]
                         if p["status"] == "won"]
    rc, verified, unchecked = _verify(tmp_path, record, capsys)
    assert rc == 0
    assert f"these picks did not win: {victim['platform']}:{victim['viewer_id']} " \
           '"disqualified"' in unchecked


def test_verify_prints_names_and_ids_without_control_or_bidi_characters(tmp_path, capsys):
    record = _drawn_record(tmp_path)
    record["picks"][0]["name"] = "ann\u202e\rOK: the winners match"
    record["draw"]["id"] = "1\r\nOK"
    rc, verified, unchecked = _verify(tmp_path, record, capsys)
    assert rc == 0
    assert "\u202e" not in unchecked and "\r" not in unchecked
    assert "\\u202e" in unchecked


@pytest.mark.parametrize("viewer_id", ["a\rb", "a\u202eb", "a\u200bb", "a\x1fb", "a\u2028b"])
def test_a_bridge_viewer_id_with_control_characters_is_a_schema_error(viewer_id):
    body = json.dumps({"id": "e1", "channel": "c", "message_id": "m", "text": "!join",
                       "viewer": {"id": viewer_id, "display_name": "x"}})
    with pytest.raises(ValueError, match="viewer.id"):
        ChatEvent.model_validate_json(body)


# -- slowloris headers -------------------------------------------------------------------------


async def test_headers_that_never_finish_are_closed_and_free_their_slot(
        tmp_path, clock, receiver, subscriber, monkeypatch, caplog):
    """uvicorn times out bodies (ours, 408) and idle keep-alives, not a request whose headers
    trickle in: four of them held a cap of four forever and every webhook after got a 503."""
    import asyncio

    from tests import test_webhooks_slow_clients as slow

    app = slow.build(tmp_path, clock, receiver, subscriber, monkeypatch, max_connections=4,
                     read_timeout_seconds=0.5)
    await app.start()
    port = app.webhooks.server.port
    try:
        held = []
        for _ in range(3):
            r, w = await asyncio.open_connection("127.0.0.1", port)
            w.write(b"POST /webhooks/shop HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            await w.drain()
            held.append((r, w))
        held.append(await asyncio.open_connection("127.0.0.1", port))  # not a byte sent
        answers = await asyncio.wait_for(asyncio.gather(*(r.read() for r, _ in held)), 3)
        assert all(a.startswith(b"HTTP/1.1 408") for a in answers[:3]), answers
        assert answers[3] == b""  # an idle connection is closed without a word
        r, w = await asyncio.open_connection("127.0.0.1", port)
        w.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        await w.drain()
        assert (await asyncio.wait_for(r.readline(), 3)).startswith(b"HTTP/1.1 200")
        for _, writer in [*held, (r, w)]:
            writer.close()
    finally:
        await app.stop()
    assert not [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]
    assert sum("headers not received" in r.getMessage() for r in caplog.records) == 3


@pytest.mark.parametrize("phrase", ["{name:>50000000} claimed {prize}",
                                    "{name} claimed {prize.__class__}",
                                    "{name!r} claimed {prize}"])
@pytest.mark.parametrize("key", ["draw_claimed", "a_key_no_feature_knows"])
def test_a_phrase_slot_is_said_as_it_is_no_spec_conversion_or_attribute(key, phrase):
    """`{name:>50000000}` passed the slot check and made a 50 MB announcement."""
    from bot.draws.service import PHRASES

    persona = Persona(name="Z", phrases={key: {"en": phrase}})
    with pytest.raises(ConfigError, match=rf"phrases.{key}.en: .*write a slot as"):
        persona.check_slots(PHRASES)


def test_draw_roles_that_let_nobody_enter_are_refused_at_start(show):
    toml = show / "hawker.toml"
    toml.write_text(toml.read_text(encoding="utf-8")
                    + '\n[draws]\nmin_role = "subscriber"\nmax_role = "viewer"\n',
                    encoding="utf-8")
    with pytest.raises(ConfigError, match="draws: .*min_role 'subscriber' is above max_role"):
        Config.load(toml)


def test_a_second_draw_with_the_same_keyword_does_not_open(draws):
    """Both were announced with "Type lucky", every entry went to one of them, and the other
    then said "Nobody entered the draw for Mug". Another keyword may run alongside."""
    from bot.draws.service import DrawError

    mug = draws.create("Mug", 1, "Lucky", 60, "mia")
    cup = draws.create("Cup", 1, "lucky", 60, "mia")
    pan = draws.create("Pan", 1, "pan", 60, "mia")
    draws.open(cup, "mia")
    with pytest.raises(DrawError, match=f"draw #{cup} is open with the same keyword"):
        draws.open(mug, "mia")
    assert draws.store.get(mug).state == "created"
    assert draws.open(pan, "mia").state == "open"
    draws.cancel(cup, "mia")
    assert draws.open(mug, "mia").state == "open"


async def test_a_plan_draw_that_cannot_open_is_one_warning_and_the_show_goes_on(caplog):
    from bot.draws.service import DrawError
    from tests.show_shared import Show

    async with Show() as show:
        async def busy(draw_id):  # a moderator's draw is open
            show.draws.calls.append(("open", (draw_id,), show.clock.now()))
            raise DrawError("draw #7 is open with the same keyword 'lucky'")

        show.draws.open = busy
        await show.start()
        await show.until(700, step=10)
        names = [name for name, *_ in show.draws.calls]
    assert names == ["create", "open"]  # neither closed nor picked: it never opened
    warned = [r for r in caplog.records if "did not open" in r.getMessage()]
    assert len(warned) == 1 and "draw #7 is open" in warned[0].getMessage()
    assert not [r for r in caplog.records if r.exc_info]


@pytest.mark.parametrize("edit_record", [
    lambda r: r["entries"][0].__setitem__(2, 1e400),  # JSON 1e400 is read as infinity
    lambda r: r["rules"].__setitem__("winners", 1e400),
    lambda r: r.__setitem__("draw", [1, 2]),
    lambda r: r["picks"].__setitem__(0, ["not", "an", "object"]),
    lambda r: r.__setitem__("rules", [1]),
])
def test_a_malformed_record_fails_verification_in_one_line(tmp_path, capsys, edit_record):
    record = _drawn_record(tmp_path)
    edit_record(record)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(record).replace("Infinity", "1e400"), encoding="utf-8")
    capsys.readouterr()
    assert main(["draw", "verify", str(path)]) == 1
    out = capsys.readouterr()
    assert "FAILED" in out.out and "internal error" not in out.err


def test_a_record_saved_as_utf16_is_not_json_in_one_line(tmp_path, capsys):
    record = _drawn_record(tmp_path)
    path = tmp_path / "edited.json"
    path.write_bytes(json.dumps(record).encode("utf-16"))
    capsys.readouterr()
    assert main(["draw", "verify", str(path)]) == 1
    out = capsys.readouterr()
    assert "edited.json: not JSON" in out.err and "internal error" not in out.err
