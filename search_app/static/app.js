// Enhancements only: every feature also works without JavaScript.
(function () {
  "use strict";
  // Sort menu: submit on change (a button is shown inside <noscript> otherwise).
  document.querySelectorAll("select.autosubmit").forEach(function (el) {
    el.addEventListener("change", function () { el.form.submit(); });
  });
  // Figures table on the document page: clicking a row jumps to the figure and flashes it.
  document.querySelectorAll("tr[data-target]").forEach(function (row) {
    row.addEventListener("click", function (ev) {
      var target = document.getElementById(row.getAttribute("data-target"));
      if (!target) { return; }
      ev.preventDefault();
      target.scrollIntoView({ behavior: "smooth", block: "center" });
      history.replaceState(null, "", "#" + target.id);
      target.classList.add("flash");
      setTimeout(function () { target.classList.remove("flash"); }, 1600);
    });
  });
}());
