// The SPARQL query page: YASGUI (vendored) on this app's endpoint, with the example gallery.
// Progressive enhancement: without JavaScript the plain form below the editor still works.
(function () {
  "use strict";
  function start() {
    var host = document.getElementById("yasgui");
    var form = document.getElementById("plain-form");
    if (!host || typeof window.Yasgui === "undefined") return;
    // YASGUI's share button links to this page with the query in the fragment (#query=…); read it
    // before YASGUI clears the fragment, or the page's own query (the example, the default) replaced it
    var shared = null;
    try { shared = new URLSearchParams(window.location.hash.slice(1)).get("query"); } catch (err) { shared = null; }
    var endpoint = new URL(host.dataset.endpoint, window.location.href).href;
    var yasgui = new window.Yasgui(host, {
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: false,
      persistenceId: null, // a shared link opens exactly what it names
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    });
    var tab = yasgui.getTab();
    // results as a reader wants them: a literal's value alone (not "0.951"^^<…XMLSchema#double>, quotes and
    // language tags), and whole, not cut to fit the column («…ل قوات النظام للمدينة»); the table's own
    // "Simple view" and "Ellipse" boxes still switch both back
    var yasr = typeof tab.getYasr === "function" ? tab.getYasr() : null;
    var table = yasr && yasr.config && yasr.config.plugins ? yasr.config.plugins.table : null;
    if (table) table.dynamicConfig = Object.assign({ compact: true, isEllipsed: false }, table.dynamicConfig || {});
    var textarea = document.getElementById("query");
    tab.setQuery(shared !== null ? shared : textarea.value);
    form.hidden = true;
    var examples = JSON.parse(document.getElementById("examples").textContent);
    document.querySelectorAll("[data-example]").forEach(function (a) {
      a.addEventListener("click", function (ev) {
        var ex = examples.find(function (e) { return e.name === a.dataset.example; });
        if (!ex) return;
        ev.preventDefault();
        history.replaceState(null, "", a.href); // keep the URL shareable
        tab.setQuery(ex.text);
        tab.query();
      });
    });
    // a claim's, source's or article's IRI in the results (https://w3id.org/sanad/id/claim/KEY) opens its page on
    // this server: w3id.org sends these IRIs nowhere yet. Links are mended as they are pointed at, focused or
    // clicked, so every page of the results table is covered however it was drawn
    var ids = host.dataset.ids || "";
    var pages = { claim: "claims", source: "sources", article: "articles" };
    function mend(ev) {
      var a = ev.target && ev.target.closest ? ev.target.closest("a.iri") : null;
      if (!a || !ids || a.href.indexOf(ids) !== 0) return;
      var m = /^(?:graph\/)?(claim|source|article)\/([A-Za-z0-9][A-Za-z0-9_-]{0,80})$/.exec(a.href.slice(ids.length));
      if (m) a.href = "/" + pages[m[1]] + "/" + m[2];
    }
    ["mouseover", "focusin", "click"].forEach(function (type) { host.addEventListener(type, mend, true); });
    if (host.dataset.autorun === "true") tab.query();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
