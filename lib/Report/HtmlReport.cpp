//===- HtmlReport.cpp - the data map as one self-contained HTML page ------===//
#include "Report/HtmlReport.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"

#include <algorithm>

namespace piiflow::report {

std::string escapeHtml(llvm::StringRef S) {
  std::string Out;
  for (char C : S)
    switch (C) {
    case '&':
      Out += "&amp;";
      break;
    case '<':
      Out += "&lt;";
      break;
    case '>':
      Out += "&gt;";
      break;
    case '"':
      Out += "&quot;";
      break;
    case '\'':
      Out += "&#39;";
      break;
    default:
      Out += C;
    }
  return Out;
}

std::string relativeLink(llvm::StringRef FromDir, llvm::StringRef File) {
  namespace path = llvm::sys::path;
  std::vector<llvm::StringRef> From(path::begin(FromDir), path::end(FromDir));
  std::vector<llvm::StringRef> To(path::begin(File), path::end(File));
  size_t Common = 0;
  while (Common < From.size() && Common + 1 < To.size() &&
         From[Common] == To[Common])
    ++Common;
  std::string Rel;
  for (size_t I = Common; I < From.size(); ++I)
    Rel += "../";
  for (size_t I = Common; I < To.size(); ++I)
    Rel += To[I].str() + (I + 1 < To.size() ? "/" : "");
  // Percent-encode what is not safe in a URL path.
  std::string Out;
  for (unsigned char C : Rel) {
    if (llvm::isAlnum(C) || llvm::StringRef("/._-~+").contains(C))
      Out += C;
    else
      Out += "%" + llvm::utohexstr(C, /*LowerCase=*/false, 2);
  }
  return Out;
}

namespace {

const char *Style = R"css(
:root{--bad:#b42318;--ok:#2e7d32;--ink:#1d2939;--mute:#667085;--line:#d0d5dd}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0;padding:24px 32px;background:#f9fafb}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:16px 0 6px}
.sub{color:var(--mute);margin:0 0 16px}
code,.mono{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:150px}
.card b{display:block;font-size:22px}.card span{color:var(--mute);font-size:12.5px}
.card.bad b{color:var(--bad)}.card.ok b{color:var(--ok)}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line);margin:6px 0 12px}
th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid #eaecf0}
th{background:#f2f4f7;cursor:pointer;user-select:none;white-space:nowrap;font-size:13px}
th::after{content:" \2195";color:#98a2b3}th[aria-sort=ascending]::after{content:" \2191"}th[aria-sort=descending]::after{content:" \2193"}
a{color:#1849a9;text-decoration:none}a:hover{text-decoration:underline}
.yes{color:var(--ok);font-weight:600}.no{color:var(--bad);font-weight:600}
.lvl-error{color:var(--bad);font-weight:600}.lvl-warning{color:#b54708;font-weight:600}.lvl-note{color:var(--mute);font-weight:600}
ul.drift li{margin:3px 0}.none{color:var(--mute)}
svg{background:#fff;border:1px solid var(--line);border-radius:8px;max-width:100%;height:auto}
svg text{font:12px system-ui,sans-serif;fill:#1d2939}svg .head{font-weight:600;fill:#475467}
details summary{cursor:pointer}ol.path{margin:4px 0 4px 18px;padding:0}
footer{color:var(--mute);margin-top:32px;font-size:12px}
)css";

const char *Script = R"js(
(function(){
  function key(cell){
    var v=cell.getAttribute('data-sort');
    if(v===null)v=cell.textContent.trim();
    var n=Number(v);
    return v!==''&&!isNaN(n)?n:v.toLowerCase();
  }
  var heads=document.querySelectorAll('table.sortable th');
  Array.prototype.forEach.call(heads,function(th){
    th.addEventListener('click',function(){
      var table=th.closest('table'),body=table.tBodies[0];
      var col=Array.prototype.indexOf.call(th.parentNode.children,th);
      var asc=th.getAttribute('aria-sort')!=='ascending';
      Array.prototype.forEach.call(table.querySelectorAll('th'),function(h){h.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=key(a.cells[col]),y=key(b.cells[col]);
        var r=(typeof x==='number'&&typeof y==='number')?x-y:String(x).localeCompare(String(y));
        return asc?r:-r;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  document.documentElement.setAttribute('data-ready','1');
})();
)js";

class Page {
public:
  Page(llvm::raw_ostream &OS, const DataMap &M, llvm::StringRef Dir)
      : OS(OS), M(M), Dir(Dir) {}
  void write();

private:
  llvm::raw_ostream &OS;
  const DataMap &M;
  llvm::StringRef Dir;

  std::string e(llvm::StringRef S) { return escapeHtml(S); }
  std::string link(const MapSite &S) {
    std::string Text = S.File + ":" + std::to_string(S.Line);
    return "<a class=\"mono\" href=\"" +
           e(relativeLink(Dir, S.AbsFile) + "#L" + std::to_string(S.Line)) +
           "\" title=\"" + e(S.File + " line " + std::to_string(S.Line)) +
           "\">" + e(Text) + "</a>";
  }
  std::string label(const MapDestination &D) {
    return "<code>" + e(D.Label) + "</code>";
  }
  std::string approved(const MapDestination &D) {
    if (D.Approved)
      return "<span class=\"yes\">approved</span> by " + e(D.ApprovedBy);
    if (D.Kind == "log")
      return "<span class=\"no\">no</span> (a log is never approved)";
    return "<span class=\"no\">not approved</span>";
  }
  void card(unsigned N, llvm::StringRef What, llvm::StringRef Class = "") {
    OS << "<div class=\"card " << Class << "\"><b>" << N << "</b><span>"
       << e(What) << "</span></div>\n";
  }
  void totals();
  void drift();
  void diagram();
  void tables();
  void findings();
};

void Page::write() {
  OS << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
        "charset=\"utf-8\">\n"
     << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
        "'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        "img-src data:\">\n"
     << "<meta name=\"viewport\" content=\"width=device-width, "
        "initial-scale=1\">\n"
     << "<link rel=\"icon\" href=\"data:,\">\n"
     << "<title>Privacy data map: " << e(M.Policy) << "</title>\n<style>"
     << Style << "</style>\n</head>\n<body>\n";
  OS << "<h1>Privacy data map</h1>\n<p class=\"sub\">What personal data the "
        "code holds, where it goes, and where that breaks the policy. "
        "Policy: <b>"
     << e(M.PolicyTitle.empty() ? M.Policy : M.PolicyTitle) << "</b> ("
     << e(llvm::join(M.PolicyFiles, ", ")) << ").</p>\n";
  totals();
  drift();
  diagram();
  tables();
  findings();
  OS << "<footer>Generated by piiflow. The map names declarations, "
        "functions, hosts and stores; it contains no personal-data "
        "values.</footer>\n<script>"
     << Script << "</script>\n</body>\n</html>\n";
}

void Page::totals() {
  const MapTotals &T = M.Totals;
  OS << "<section id=\"totals\">\n<h2>At a glance</h2>\n<div "
        "class=\"cards\">\n";
  card(T.Categories, "categories of " + std::to_string(T.PolicyCategories) +
                         " in the policy");
  card(T.Declarations, "declarations hold personal data");
  card(T.Functions, "functions read it");
  card(T.Logs, "logs");
  card(T.ThirdParties, "third parties");
  card(T.Stores, "stores");
  card(T.ApprovedDestinations, "approved destinations", "ok");
  card(T.Findings,
       "findings (" + std::to_string(T.Errors) + " error, " +
           std::to_string(T.Warnings) + " warning, " + std::to_string(T.Notes) +
           " note)",
       T.Findings ? "bad" : "ok");
  unsigned Drift =
      T.UnapprovedDestinations + T.UndeclaredKinds + T.UnusedApprovals;
  card(Drift, "policy drift items", Drift ? "bad" : "ok");
  OS << "</div>\n</section>\n";
}

void Page::drift() {
  OS << "<section id=\"drift\">\n<h2>Policy drift</h2>\n";
  OS << "<h3>Destinations that receive personal data without approval</h3>\n";
  if (M.UnapprovedDestinations.empty())
    OS << "<p class=\"none\">None.</p>\n";
  else {
    OS << "<ul class=\"drift\" id=\"drift-unapproved\">\n";
    for (const std::string &Id : M.UnapprovedDestinations)
      if (const MapDestination *D = M.findDestination(Id)) {
        OS << "<li>" << (D->Kind == "storage" ? "storage " : "third party ")
           << label(*D) << " receives " << e(llvm::join(D->Categories, ", "))
           << " (policy " << e(llvm::join(D->Clauses, ", ")) << "), at ";
        std::vector<std::string> Links;
        for (const MapSite &S : D->Sites)
          Links.push_back(link(S));
        OS << llvm::join(Links, ", ") << "</li>\n";
      }
    OS << "</ul>\n";
  }
  OS << "<h3>Personal data the policy does not declare</h3>\n";
  if (M.Undeclared.empty())
    OS << "<p class=\"none\">None.</p>\n";
  else {
    OS << "<ul class=\"drift\" id=\"drift-undeclared\">\n";
    for (const MapUndeclared &U : M.Undeclared) {
      OS << "<li><b>" << e(U.Title) << "</b> (terms "
         << e(llvm::join(U.Terms, ", ")) << "): ";
      std::vector<std::string> Items;
      for (const MapDeclaration &D : U.Declarations)
        Items.push_back("<code>" + e(D.Name) + "</code> " + link(D.Where));
      OS << llvm::join(Items, ", ") << "</li>\n";
    }
    OS << "</ul>\n";
  }
  OS << "<h3>Approved destinations that no flow uses</h3>\n";
  if (M.UnusedApprovals.empty())
    OS << "<p class=\"none\">None.</p>\n";
  else {
    OS << "<ul class=\"drift\" id=\"drift-unused\">\n";
    for (const MapApproval &A : M.UnusedApprovals)
      OS << "<li>" << e(A.Kind) << " <code>" << e(A.Pattern) << "</code> in "
         << e(A.Origin) << "</li>\n";
    OS << "</ul>\n";
  }
  OS << "</section>\n";
}

std::string shorten(const std::string &S, size_t Max) {
  return S.size() <= Max ? S : S.substr(0, Max - 3) + "...";
}

void Page::diagram() {
  OS << "<section id=\"diagram\">\n<h2>Where personal data goes</h2>\n";
  if (M.Categories.empty()) {
    OS << "<p class=\"none\">No personal data found.</p>\n</section>\n";
    return;
  }
  const unsigned Row = 34, Top = 44, BoxH = 26, LeftX = 12, LeftW = 240,
                 RightX = 620, RightW = 340, Width = 980;
  size_t Rows = std::max<size_t>(M.Categories.size(),
                                 std::max<size_t>(M.Destinations.size(), 1));
  unsigned Height = Top + Rows * Row + 10;
  auto CatY = [&](size_t I) { return Top + I * Row + BoxH / 2; };
  auto DestY = [&](size_t I) { return Top + I * Row + BoxH / 2; };
  OS << "<svg id=\"map-diagram\" xmlns=\"http://www.w3.org/2000/svg\" "
        "role=\"img\" aria-label=\"Categories of personal data and the "
        "destinations they reach\" viewBox=\"0 0 "
     << Width << " " << Height << "\" width=\"" << Width << "\" height=\""
     << Height << "\">\n";
  OS << "<text class=\"head\" x=\"" << LeftX << "\" y=\"24\">Categories</text>"
     << "<text class=\"head\" x=\"" << RightX
     << "\" y=\"24\">Destinations (red: not approved, green: "
        "approved)</text>\n";
  // Edges first, under the boxes.
  for (const MapEdge &E : M.Edges) {
    size_t CI = 0, DI = 0;
    while (CI < M.Categories.size() && M.Categories[CI].Id != E.Category)
      ++CI;
    while (DI < M.Destinations.size() && M.Destinations[DI].Id != E.Destination)
      ++DI;
    if (CI == M.Categories.size() || DI == M.Destinations.size())
      continue;
    unsigned X1 = LeftX + LeftW, X2 = RightX, Y1 = CatY(CI), Y2 = DestY(DI);
    unsigned Mid = (X1 + X2) / 2;
    OS << "<path class=\"edge " << (E.Approved ? "approved" : "unapproved")
       << "\" d=\"M" << X1 << " " << Y1 << " C" << Mid << " " << Y1 << " "
       << Mid << " " << Y2 << " " << X2 << " " << Y2
       << "\" fill=\"none\" stroke=\"" << (E.Approved ? "#2e7d32" : "#b42318")
       << "\" stroke-opacity=\"0.6\" stroke-width=\""
       << 1.5 + std::min(E.Flows, 6u) << "\"><title>"
       << e(E.Category + " -> " + M.Destinations[DI].Label + ": " +
            std::to_string(E.Flows) + (E.Flows == 1 ? " flow" : " flows") +
            (E.Approved ? ", approved" : ", not approved"))
       << "</title></path>\n";
  }
  for (size_t I = 0; I < M.Categories.size(); ++I) {
    const MapCategory &C = M.Categories[I];
    const char *Fill = C.Sensitivity == "high"     ? "#fee4e2"
                       : C.Sensitivity == "medium" ? "#fef0c7"
                                                   : "#e0f2fe";
    OS << "<g class=\"cat\" data-id=\"" << e(C.Id) << "\"><title>"
       << e(C.Id + ": " + C.Title + " (" + C.Sensitivity + "; policy " +
            llvm::join(C.Clauses, ", ") + ")")
       << "</title><rect x=\"" << LeftX << "\" y=\"" << Top + I * Row
       << "\" width=\"" << LeftW << "\" height=\"" << BoxH
       << "\" rx=\"5\" fill=\"" << Fill << "\" stroke=\"#98a2b3\"/><text x=\""
       << LeftX + 8 << "\" y=\"" << Top + I * Row + 17 << "\">"
       << e(shorten(C.Id, 34)) << "</text></g>\n";
  }
  for (size_t I = 0; I < M.Destinations.size(); ++I) {
    const MapDestination &D = M.Destinations[I];
    const char *Kind = D.Kind == "log"           ? "log"
                       : D.Kind == "third-party" ? "3rd party"
                                                 : "storage";
    OS << "<g class=\"dest\" data-id=\"" << e(D.Id) << "\"><title>"
       << e(D.Kind + ": " + D.Label +
            (D.Approved ? " (approved by " + D.ApprovedBy + ")"
                        : " (not approved)"))
       << "</title><rect x=\"" << RightX << "\" y=\"" << Top + I * Row
       << "\" width=\"" << RightW << "\" height=\"" << BoxH
       << "\" rx=\"5\" fill=\"#fff\" stroke=\""
       << (D.Approved ? "#2e7d32" : "#b42318")
       << "\" stroke-width=\"1.5\"/><text x=\"" << RightX + 8 << "\" y=\""
       << Top + I * Row + 17 << "\"><tspan class=\"head\">" << Kind
       << "</tspan> " << e(shorten(D.Label, 44)) << "</text></g>\n";
  }
  OS << "</svg>\n</section>\n";
}

void Page::tables() {
  OS << "<section id=\"categories\">\n<h2>Categories</h2>\n"
     << "<table class=\"sortable\" id=\"table-categories\"><thead><tr>"
        "<th>Category</th><th>Title</th><th>Sensitivity</th><th>Clauses</th>"
        "<th>Declarations</th><th>Functions</th><th>Destinations</th>"
        "</tr></thead><tbody>\n";
  for (const MapCategory &C : M.Categories) {
    std::vector<std::string> Dests;
    for (const std::string &Id : C.Destinations)
      if (const MapDestination *D = M.findDestination(Id))
        Dests.push_back(label(*D));
    OS << "<tr><td><code>" << e(C.Id) << "</code></td><td>" << e(C.Title)
       << "</td><td>" << e(C.Sensitivity) << "</td><td>"
       << e(llvm::join(C.Clauses, ", ")) << "</td><td>" << C.Declarations.size()
       << "</td><td>" << C.Readers.size() << "</td><td>"
       << (Dests.empty() ? "none" : llvm::join(Dests, ", ")) << "</td></tr>\n";
  }
  OS << "</tbody></table>\n";
  if (!M.CategoriesNotFound.empty())
    OS << "<p class=\"none\">Declared by the policy, not found in the code: "
       << e(llvm::join(M.CategoriesNotFound, ", ")) << ".</p>\n";
  OS << "</section>\n";

  OS << "<section id=\"declarations\">\n<h2>Declarations that hold personal "
        "data</h2>\n<table class=\"sortable\" id=\"table-declarations\">"
        "<thead><tr><th>Category</th><th>Declaration</th><th>Kind</th>"
        "<th>Evidence</th><th>Reason</th><th>Location</th></tr></thead>"
        "<tbody>\n";
  for (const MapCategory &C : M.Categories)
    for (const MapDeclaration &D : C.Declarations)
      OS << "<tr><td><code>" << e(C.Id) << "</code></td><td><code>" << e(D.Name)
         << "</code></td><td>" << e(D.Kind) << "</td><td>" << e(D.Evidence)
         << "</td><td>" << e(D.Reason) << "</td><td>" << link(D.Where)
         << "</td></tr>\n";
  OS << "</tbody></table>\n</section>\n";

  OS << "<section id=\"functions\">\n<h2>Functions that read it</h2>\n"
        "<table class=\"sortable\" id=\"table-functions\"><thead><tr>"
        "<th>Category</th><th>Function</th><th>First read</th></tr></thead>"
        "<tbody>\n";
  for (const MapCategory &C : M.Categories)
    for (const MapSite &S : C.Readers)
      OS << "<tr><td><code>" << e(C.Id) << "</code></td><td><code>"
         << e(S.Function) << "</code></td><td>" << link(S) << "</td></tr>\n";
  OS << "</tbody></table>\n</section>\n";

  OS << "<section id=\"destinations\">\n<h2>Destinations</h2>\n"
        "<table class=\"sortable\" id=\"table-destinations\"><thead><tr>"
        "<th>Kind</th><th>Destination</th><th>APIs</th><th>Categories</th>"
        "<th>Approved</th><th>Clauses</th><th>Flows</th><th>Calls</th>"
        "</tr></thead><tbody>\n";
  for (const MapDestination &D : M.Destinations) {
    std::vector<std::string> Sites;
    for (const MapSite &S : D.Sites)
      Sites.push_back(link(S) + " in <code>" + e(S.Function) + "</code>");
    OS << "<tr data-id=\"" << e(D.Id) << "\"><td>" << e(D.Kind) << "</td><td>"
       << label(D) << "</td><td><code>" << e(llvm::join(D.Apis, ", "))
       << "</code></td><td>" << e(llvm::join(D.Categories, ", "))
       << "</td><td data-sort=\"" << (D.Approved ? "1" : "0") << "\">"
       << approved(D) << "</td><td>" << e(D.Rule) << ": "
       << e(llvm::join(D.Clauses, ", ")) << "</td><td>" << D.Flows
       << "</td><td>" << llvm::join(Sites, "<br>") << "</td></tr>\n";
  }
  OS << "</tbody></table>\n</section>\n";

  OS << "<section id=\"approvals\">\n<h2>Approvals in the policy</h2>\n";
  if (M.Approvals.empty())
    OS << "<p class=\"none\">The policy approves no recipient or store.</p>\n";
  else {
    OS << "<table class=\"sortable\" id=\"table-approvals\"><thead><tr>"
          "<th>Kind</th><th>Pattern</th><th>Policy file</th><th>Used by</th>"
          "</tr></thead><tbody>\n";
    for (const MapApproval &A : M.Approvals) {
      std::vector<std::string> Used;
      for (const std::string &Id : A.UsedBy)
        if (const MapDestination *D = M.findDestination(Id))
          Used.push_back(label(*D));
      OS << "<tr><td>" << e(A.Kind) << "</td><td><code>" << e(A.Pattern)
         << "</code></td><td>" << e(A.Origin) << "</td><td>"
         << (Used.empty() ? "<span class=\"no\">no flow</span>"
                          : llvm::join(Used, ", "))
         << "</td></tr>\n";
    }
    OS << "</tbody></table>\n";
  }
  OS << "</section>\n";
}

void Page::findings() {
  OS << "<section id=\"findings\">\n<h2>Findings</h2>\n";
  if (M.Findings.empty()) {
    OS << "<p class=\"none\">No findings.</p>\n</section>\n";
    return;
  }
  OS << "<table class=\"sortable\" id=\"table-findings\"><thead><tr>"
        "<th>Level</th><th>Rule</th><th>Category</th><th>Location</th>"
        "<th>Finding and path</th></tr></thead><tbody>\n";
  for (const MapFinding &F : M.Findings) {
    int Rank = F.Level == "error" ? 3 : F.Level == "warning" ? 2 : 1;
    OS << "<tr><td data-sort=\"" << Rank << "\" class=\"lvl-" << e(F.Level)
       << "\">" << e(F.Level) << "</td><td>" << e(F.Rule) << "</td><td><code>"
       << e(F.Category) << "</code></td><td data-sort=\""
       << e(F.Where.File + ":" + llvm::formatv("{0:D6}", F.Where.Line).str())
       << "\">" << link(F.Where) << "</td><td><details><summary>"
       << e(F.Message) << "</summary><ol class=\"path\">";
    for (const MapFinding::Step &S : F.Steps)
      OS << "<li>" << link(S.Where) << ": " << e(S.Message) << "</li>";
    OS << "</ol></details></td></tr>\n";
  }
  OS << "</tbody></table>\n</section>\n";
}

} // namespace

void writeDataMapHtml(llvm::raw_ostream &OS, const DataMap &M,
                      llvm::StringRef PageDir) {
  Page(OS, M, PageDir).write();
}

} // namespace piiflow::report
