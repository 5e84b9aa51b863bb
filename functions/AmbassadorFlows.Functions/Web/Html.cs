using System.Text;

namespace AmbassadorFlows.Functions.Web;

/// <summary>Server-rendered dashboard pages (Components/Dashboard/DashboardLayout.razor): one inline stylesheet (allowed by its hash in
/// the Content-Security-Policy; no inline style attributes), every value HTML-encoded on the way in.</summary>
public static class Html
{
    public const string ContentType = "text/html; charset=utf-8";

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2733;background:#f5f7fa}
        header{background:#1f3a5f;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.2rem;align-items:center;flex-wrap:wrap}
        header a{color:#fff;text-decoration:none}header strong{margin-right:1rem}header nav.site{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}
        header nav.languages{margin-left:auto;display:flex;gap:.6rem;font-size:.9rem}header nav.languages [aria-current]{text-decoration:underline}
        main{max-width:72rem;margin:1rem auto;padding:0 1rem}
        h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.6rem}
        table{border-collapse:collapse;width:100%;background:#fff;margin:.4rem 0}
        th,td{border:1px solid #d6dde6;padding:.35rem .5rem;text-align:left;vertical-align:top;font-size:.92rem}td{overflow-wrap:anywhere}
        th{background:#e9eef4}
        .card{background:#fff;border:1px solid #d6dde6;border-radius:6px;padding:1rem 1.2rem;margin:.8rem 0}
        .muted{color:#5b6b7c}.bad,.field-error{color:#a4262c}.good{color:#1e6b34}.warn{color:#8a5a00}
        .pill{display:inline-block;padding:.05rem .5rem;border-radius:1rem;background:#e9eef4;font-size:.85rem}
        button,.button{font-size:1rem;padding:.5rem 1.1rem;margin:.3rem .4rem .3rem 0;border-radius:4px;border:1px solid #1f3a5f;background:#1f3a5f;color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
        button.secondary,.button.secondary{background:#fff;color:#1f3a5f}
        textarea,input[type=text],input[type=search],input[type=number],input[type=date],select{font:inherit;padding:.3rem;width:100%;max-width:36rem;box-sizing:border-box}
        label{display:block;margin:.5rem 0 .2rem}
        a.email-link{overflow-wrap:anywhere}pre{white-space:pre-wrap;background:#fff;border:1px solid #d6dde6;padding:.6rem;font-size:.85rem;overflow:auto}
        iframe{width:100%;min-height:26rem;border:1px solid #d6dde6;background:#fff}
        dl.facts{display:grid;grid-template-columns:minmax(7rem,max-content) 1fr;gap:.3rem 1rem;margin:.4rem 0}dl.facts dt{font-weight:600}dl.facts dd{margin:0;overflow-wrap:anywhere}
        .ops{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:.8rem}.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:0 1rem;align-items:end}
        fieldset{border:1px solid #d6dde6;border-radius:6px;padding:.6rem 1rem;background:#fff;min-width:0;margin:0}legend{font-weight:600;padding:0 .3rem}
        fieldset p{margin:.3rem 0}label.check{display:flex;gap:.5rem;align-items:flex-start;margin:.6rem 0}
        .field-error{color:#a4262c;margin:.2rem 0}input[aria-invalid=true],textarea[aria-invalid=true],label.check[data-invalid]{outline:2px solid #a4262c}
        .notice{border-left:4px solid #1e6b34}.problem{border-left:4px solid #a4262c}
        button.danger{background:#a4262c;border-color:#a4262c}
        .scroll{overflow-x:auto}table.stack td{overflow-wrap:anywhere}
        @media (max-width:40rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}header nav.languages{margin-left:0}
        table.stack thead{position:absolute;left:-9999px}table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%;box-sizing:border-box}
        table.stack tr{border:1px solid #d6dde6;border-radius:6px;margin:.5rem 0;background:#fff}table.stack td{border:0;padding:.15rem .6rem}
        table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600}table.stack td:empty{display:none}}
        .nowrap{white-space:nowrap}p{overflow-wrap:break-word}[hidden]{display:none!important}.langs{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:0 .8rem}.langs textarea{max-width:none}
        .fields{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:0 1rem;align-items:start}fieldset fieldset{margin:.6rem 0}
        .number input{font:inherit;padding:.3rem;width:100%;max-width:36rem;box-sizing:border-box}legend .mark{font-weight:400;font-size:.9rem;margin-left:.6rem}
        .health-row{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}.health-row figure{margin:0;flex:0 1 560px;max-width:100%}
        .health-row .health-table{flex:1 1 18rem;overflow-x:auto}svg.chart{width:100%;height:auto}
        @media (min-width:40rem){.health-row .health-table{min-width:min-content}}
        """;

    /// <summary>The CSP source that allows exactly the layout's inline stylesheet (its SHA-256), so the
    /// Content-Security-Policy can forbid every other inline style.</summary>
    public static string StyleSource { get; } = $"'sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'";

    /// <summary>The layout's inline stylesheet, for the dashboard's Razor layout (Components/Dashboard), which must
    /// send exactly these bytes for <see cref="StyleSource"/> to allow them.</summary>
    public static string StyleSheet => Style;

    public static IResult Result(string html, int statusCode = StatusCodes.Status200OK)
        => new HtmlPageResult(html, statusCode);
}
