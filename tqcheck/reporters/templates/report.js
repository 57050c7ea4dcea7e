/* tqcheck HTML report: hover/focus popovers, sortable table, filters. Reads input only
   through textContent and attributes; builds nothing from it as markup. */
(function () {
  "use strict";
  var dataNode = document.getElementById("tq-data");
  var data = dataNode ? JSON.parse(dataNode.textContent) : { findings: 0 };
  var pop = document.getElementById("tq-pop");
  var current = null;

  function markOf(node) {
    return node && node.nodeType === 1 ? node.closest("[data-finding-id]") : null;
  }

  function part(item, selector, className) {
    var source = item.querySelector(selector);
    if (!source) {
      return null;
    }
    var div = document.createElement("div");
    div.className = className;
    div.textContent = source.textContent;
    return div;
  }

  function show(mark) {
    if (!pop || !mark || mark.classList.contains("off")) {
      return;
    }
    var item = document.getElementById(mark.getAttribute("data-finding-id"));
    if (!item) {
      return;
    }
    var head = document.createElement("div");
    head.className = "pop-head";
    head.textContent = mark.getAttribute("data-severity") + " · " + mark.getAttribute("data-rule");
    pop.replaceChildren(head);
    [part(item, ".msg", "pop-msg"), part(item, ".sugg", "pop-sugg")].forEach(function (node) {
      if (node) {
        pop.appendChild(node);
      }
    });
    pop.hidden = false;
    var rect = mark.getClientRects()[0] || mark.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var left = Math.min(rect.left, width - pop.offsetWidth - 8);
    pop.style.left = Math.max(8, left) + window.scrollX + "px";
    pop.style.top = rect.bottom + window.scrollY + 6 + "px";
    current = mark;
  }

  function hide() {
    if (pop) {
      pop.hidden = true;
    }
    current = null;
  }

  document.addEventListener("mouseover", function (event) {
    var mark = markOf(event.target);
    if (mark && mark !== current) {
      show(mark);
    }
  });
  document.addEventListener("mouseout", function (event) {
    if (!markOf(event.target) || markOf(event.relatedTarget)) {
      return;
    }
    var focused = markOf(document.activeElement);
    if (focused) {
      show(focused);
    } else {
      hide();
    }
  });
  document.addEventListener("focusin", function (event) {
    var mark = markOf(event.target);
    if (mark) {
      show(mark);
    }
  });
  document.addEventListener("focusout", function (event) {
    if (markOf(event.target)) {
      hide();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      hide();
    }
  });
  window.addEventListener("resize", hide);

  function sortBy(button) {
    var th = button.closest("th");
    var table = th.closest("table");
    var body = table.tBodies[0];
    var key = "data-" + button.getAttribute("data-key");
    var numeric = button.getAttribute("data-type") === "num";
    var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    table.querySelectorAll("th[aria-sort]").forEach(function (h) {
      h.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", dir);
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.getAttribute(key);
      var y = b.getAttribute(key);
      var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
      if (c === 0) {
        c = parseFloat(a.getAttribute("data-number")) - parseFloat(b.getAttribute("data-number"));
      }
      return dir === "ascending" ? c : -c;
    });
    var fragment = document.createDocumentFragment();
    rows.forEach(function (row) {
      fragment.appendChild(row);
    });
    body.appendChild(fragment);
  }
  document.querySelectorAll("table.sortable th button[data-key]").forEach(function (button) {
    button.addEventListener("click", function () {
      sortBy(button);
    });
  });

  var panel = document.getElementById("filters");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var status = document.getElementById("filter-status");
  var marked = document.querySelectorAll("[data-severity][data-rule]");
  var knownRules = new Set(data.rules || []);

  function applyFilters() {
    var severities = new Set();
    var rules = new Set();
    boxes.forEach(function (box) {
      if (box.checked) {
        (box.getAttribute("data-filter") === "severity" ? severities : rules).add(box.value);
      }
    });
    var shown = 0;
    marked.forEach(function (el) {
      var rule = el.getAttribute("data-rule");
      var on = severities.has(el.getAttribute("data-severity")) &&
        (rules.has(rule) || !knownRules.has(rule));
      var isFinding = el.classList.contains("finding");
      shown += isFinding && on ? 1 : 0;
      if (el.classList.contains("off") === !on) {
        return; // unchanged: touching it would restyle thousands of elements for nothing
      }
      el.classList.toggle("off", !on);
      if (isFinding) {
        el.tabIndex = on ? 0 : -1;
      }
    });
    if (current && current.classList.contains("off")) {
      hide();
    }
    if (status) {
      status.textContent = "Showing " + shown + " of " + data.findings + " findings.";
    }
  }
  if (panel) {
    panel.hidden = false;
    boxes.forEach(function (box) {
      box.addEventListener("change", applyFilters);
    });
    if (boxes.some(function (box) { return !box.checked; })) {
      applyFilters(); // the browser restored unchecked boxes (back/forward, reload)
    } else if (status) {
      status.textContent = "Showing " + data.findings + " of " + data.findings + " findings.";
    }
  }
})();
