/**
 * The `google.script.run` and `google.script.host` of the playground: a small script put first in each
 * dialog's and the sidebar's HTML. A call `google.script.run.withSuccessHandler(f).name(a, b)` becomes
 * `POST /rpc/name` with the JSON array `[a, b]`; the answer calls the success or failure handler (with the
 * user object, as Apps Script does) asynchronously. Inside the playground page the call goes through the
 * page (postMessage "rpc-call"; the page posts back "rpc-result"), so the page refreshes the grid and the
 * calendar and shows what the call showed (toasts, dialogs…) even when the dialog was closed meanwhile. `google.script.host.close()` asks the page to
 * close the surface. A form passed as an argument becomes, as in Apps Script, one object of its fields
 * (apps-script/guides/html/communication, "Forms"), text fields by value; a form with a file input makes
 * the call fail: public reports say that under V8 such a file arrives broken or not at all ("Invalid
 * argument: blob"), so the playground, like the test harness, does not carry it, and the add-on sends
 * files as base64 text. Kept as plain ES2019 text because it runs inside the add-on's own pages.
 */
export const RPC_SHIM = `(function () {
  "use strict";
  var KEY = __SURFACE_KEY__;
  function tellPage(message) {
    message.source = "plan-daction-surface";
    message.key = KEY;
    try { window.parent.postMessage(message, "*"); } catch (e) { /* no parent */ }
  }
  function formObject(form) {
    var fields = {};
    var fileInput = false;
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled) return;
      if (el.type === "file") {
        fileInput = true;
      } else if (el.type === "checkbox" || el.type === "radio") {
        if (el.checked) fields[el.name] = el.value;
      } else if (el.tagName !== "BUTTON" && el.type !== "submit" && el.type !== "button") {
        fields[el.name] = el.value;
      }
    });
    if (fileInput) return Promise.reject(new Error("A form's file input is not supported through google.script.run: send the file as text."));
    return Promise.resolve(fields);
  }
  // In the playground page, the page makes the call and answers here: a dialog closed before the answer
  // comes (its frame gone) does not stop the page from showing what the call did.
  var waiting = {};
  var nextId = 1;
  var inPage = window.parent && window.parent !== window;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source !== window.parent || !data || data.source !== "plan-daction-page" || data.type !== "rpc-result") return;
    var done = waiting[data.id];
    delete waiting[data.id];
    if (done) done(data.result);
  });
  function call(name, plain) {
    if (inPage) {
      return new Promise(function (resolve) {
        var id = nextId++;
        waiting[id] = resolve;
        tellPage({ type: "rpc-call", id: id, name: name, args: plain });
      });
    }
    return fetch("/rpc/" + encodeURIComponent(name), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(plain)
    }).then(function (response) { return response.json(); });
  }
  function serialise(args) {
    return Promise.all(args.map(function (a) {
      return typeof HTMLFormElement !== "undefined" && a instanceof HTMLFormElement ? formObject(a) : a;
    }));
  }
  function runner(options) {
    var target = {};
    return new Proxy(target, {
      get: function (_, name) {
        if (name === "withSuccessHandler") return function (f) { return runner(Object.assign({}, options, { ok: f })); };
        if (name === "withFailureHandler") return function (f) { return runner(Object.assign({}, options, { fail: f })); };
        if (name === "withUserObject") return function (o) { return runner(Object.assign({}, options, { user: o, hasUser: true })); };
        if (typeof name !== "string" || name === "then") return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          serialise(args)
            .then(function (plain) { return call(name, plain); })
            .then(function (result) {
              if (result.ok) { if (options.ok) options.ok(result.value, options.user); }
              else {
                var error = new Error(result.error);
                if (options.fail) options.fail(error, options.user);
                else console.error("google.script.run " + name + ": " + result.error);
              }
            })
            .catch(function (e) {
              var error = new Error("NetworkError: " + (e && e.message ? e.message : String(e)));
              if (options.fail) options.fail(error, options.user);
            });
        };
      }
    });
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner({}),
    host: {
      origin: window.location.origin,
      close: function () { tellPage({ type: "close" }); },
      setHeight: function () {},
      setWidth: function () {},
      editor: { focus: function () {} }
    },
    url: { getLocation: function (f) { f({ hash: "", parameter: {}, parameters: {} }); } }
  };
})();`;
