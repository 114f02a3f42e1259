/**
 * The `google.script.run` and `google.script.host` of the playground: a small script put first in each
 * dialog's and the sidebar's HTML. A call `google.script.run.withSuccessHandler(f).name(a, b)` becomes
 * `POST /rpc/name` with the JSON array `[a, b]`; the answer calls the success or failure handler (with the
 * user object, as Apps Script does) asynchronously, then tells the page what the call showed (toasts,
 * dialogs…) so it refreshes the grid and the calendar. `google.script.host.close()` asks the page to
 * close the surface. A form passed as an argument becomes, as in Apps Script, one object of its fields
 * (apps-script/guides/html/communication, "Forms"): text fields by value, and each file input as
 * `{ $blob: { name, type, base64 } }`, which the playground server turns into an emulator Blob. A file
 * input with no file chosen arrives as an empty Blob without a name (a guess: Google's page does not say).
 * Kept as plain ES2019 text because it runs inside the add-on's own pages.
 */
export const RPC_SHIM = `(function () {
  "use strict";
  var KEY = __SURFACE_KEY__;
  function tellPage(message) {
    message.source = "plan-daction-surface";
    message.key = KEY;
    try { window.parent.postMessage(message, "*"); } catch (e) { /* no parent */ }
  }
  function readFile(file) {
    return new Promise(function (resolve, reject) {
      if (!file) { resolve({ $blob: { name: "", type: "", base64: "" } }); return; }
      var reader = new FileReader();
      reader.onload = function () {
        var url = String(reader.result);
        resolve({ $blob: { name: file.name, type: file.type, base64: url.slice(url.indexOf(",") + 1) } });
      };
      reader.onerror = function () { reject(reader.error); };
      reader.readAsDataURL(file);
    });
  }
  function formObject(form) {
    var fields = {};
    var pending = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled) return;
      if (el.type === "file") {
        pending.push(readFile(el.files && el.files[0]).then(function (blob) { fields[el.name] = blob; }));
      } else if (el.type === "checkbox" || el.type === "radio") {
        if (el.checked) fields[el.name] = el.value;
      } else if (el.tagName !== "BUTTON" && el.type !== "submit" && el.type !== "button") {
        fields[el.name] = el.value;
      }
    });
    return Promise.all(pending).then(function () { return fields; });
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
            .then(function (plain) {
              return fetch("/rpc/" + encodeURIComponent(name), {
                method: "POST",
                headers: { "content-type": "application/json" },
                body: JSON.stringify(plain)
              });
            })
            .then(function (response) { return response.json(); })
            .then(function (result) {
              if (result.ok) { if (options.ok) options.ok(result.value, options.user); }
              else {
                var error = new Error(result.error);
                if (options.fail) options.fail(error, options.user);
                else console.error("google.script.run " + name + ": " + result.error);
              }
              tellPage({ type: "rpc", name: name, ui: result.ui });
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
