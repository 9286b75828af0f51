// Flash-sale countdowns tick here, from the server's clock (data-server-now) so a fake clock
// in tests and a drifting PC clock in OBS both count down to the same end.
(function () {
  var offset = parseFloat(document.body.dataset.serverNow) - Date.now() / 1000;
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function tick() {
    var now = Date.now() / 1000 + offset;
    document.querySelectorAll("[data-ends-at]").forEach(function (el) {
      var left = Math.max(0, Math.floor(parseFloat(el.dataset.endsAt) - now));
      var h = Math.floor(left / 3600), m = Math.floor(left / 60) % 60, s = left % 60;
      el.textContent = (h ? h + ":" + pad(m) : m) + ":" + pad(s);
    });
  }
  tick();
  setInterval(tick, 250);
  document.body.addEventListener("htmx:afterSwap", tick);
})();
