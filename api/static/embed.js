/* Sanad embed: resizes Sanad claim-card iframes to their content.
   Load it from the Sanad server whose cards you embed:
     <iframe src="https://SANAD/cards/KEY" ...></iframe>
     <script async src="https://SANAD/static/embed.js"></script>
   A card posts {type: "sanad:card-size", key, height}. Cards that loaded before this
   script are asked to say it again ({type: "sanad:card-hello"}, nothing else in it).
   A size message is obeyed only if it comes from this script's own origin AND from the
   window of an iframe on this page whose src is a card on that origin; the
   height is clamped (40-4000 px, and never above the iframe's data-sanad-max-height,
   which an oEmbed answer for a maxheight carries). Nothing else is read. */
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !me.src || !window.URL || !window.addEventListener) return;
  var origin = new URL(me.src, location.href).origin;
  var seen = (window.__sanadEmbed = window.__sanadEmbed || {});
  if (seen[origin]) return; // one listener per Sanad origin, however many snippets
  seen[origin] = true;

  function cardFrame(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== source) continue;
      var src;
      try { src = new URL(f.getAttribute("src") || "", location.href); } catch (err) { return null; }
      return src.origin === origin && src.pathname.indexOf("/cards/") === 0 ? f : null;
    }
    return null;
  }

  // cards that loaded before this script reported their height to nobody: ask again. The hello carries
  // nothing but its type, so it goes to any origin: a frame still at about:blank ignores it (a card that
  // loads later reports by itself), where a message addressed to Sanad's origin logged an error there
  function hello() {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var src;
      try { src = new URL(frames[i].getAttribute("src") || "", location.href); } catch (err) { continue; }
      if (src.origin === origin && src.pathname.indexOf("/cards/") === 0 && frames[i].contentWindow) {
        frames[i].contentWindow.postMessage({ type: "sanad:card-hello" }, "*");
      }
    }
  }

  window.addEventListener("message", function (e) {
    if (e.origin !== origin) return;
    var d = e.data;
    if (!d || typeof d !== "object" || d.type !== "sanad:card-size") return;
    var h = Number(d.height);
    if (!isFinite(h) || h <= 0) return;
    var f = cardFrame(e.source);
    if (!f) return;
    h = Math.min(Math.max(Math.ceil(h), 40), 4000);
    // an oEmbed answer for a maxheight says so: never taller (the card scrolls inside)
    var cap = parseInt(f.getAttribute("data-sanad-max-height") || "", 10);
    if (cap > 0) h = Math.min(h, cap);
    f.style.height = h + "px";
    f.setAttribute("height", String(h));
    f.setAttribute("data-sanad-resized", String(h));
  });
  hello();
  if (document.readyState !== "complete") window.addEventListener("load", hello);
})();
