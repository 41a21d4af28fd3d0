// Element helpers: one static function per element the views use, so a typo in a tag name is a compile error.

extension HTMLNode {
    /// A `<html>` element.
    public static func html(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode
    {
        .element("html", attributes, content())
    }
    /// A `<head>` element.
    public static func head(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode
    {
        .element("head", attributes, content())
    }
    /// A `<body>` element.
    public static func body(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode
    {
        .element("body", attributes, content())
    }
    /// A `<header>` element.
    public static func header(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("header", attributes, content())
    }
    /// A `<nav>` element.
    public static func nav(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode
    {
        .element("nav", attributes, content())
    }
    /// A `<main>` element.
    public static func main(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode
    {
        .element("main", attributes, content())
    }
    /// A `<footer>` element.
    public static func footer(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("footer", attributes, content())
    }
    /// A `<section>` element.
    public static func section(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("section", attributes, content())
    }
    /// A `<article>` element.
    public static func article(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("article", attributes, content())
    }
    /// A `<aside>` element.
    public static func aside(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("aside", attributes, content())
    }
    /// A `<div>` element.
    public static func div(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode
    {
        .element("div", attributes, content())
    }
    /// A `<span>` element.
    public static func span(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode
    {
        .element("span", attributes, content())
    }
    /// A `<p>` element.
    public static func p(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("p", attributes, content())
    }
    /// A `<a>` element.
    public static func a(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("a", attributes, content())
    }
    /// A `<h1>` element.
    public static func h1(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("h1", attributes, content())
    }
    /// A `<h2>` element.
    public static func h2(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("h2", attributes, content())
    }
    /// A `<h3>` element.
    public static func h3(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("h3", attributes, content())
    }
    /// A `<h4>` element.
    public static func h4(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("h4", attributes, content())
    }
    /// A `<ul>` element.
    public static func ul(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("ul", attributes, content())
    }
    /// A `<ol>` element.
    public static func ol(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("ol", attributes, content())
    }
    /// A `<li>` element.
    public static func li(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("li", attributes, content())
    }
    /// A `<dl>` element.
    public static func dl(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("dl", attributes, content())
    }
    /// A `<dt>` element.
    public static func dt(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("dt", attributes, content())
    }
    /// A `<dd>` element.
    public static func dd(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("dd", attributes, content())
    }
    /// A `<table>` element.
    public static func table(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("table", attributes, content())
    }
    /// A `<caption>` element.
    public static func caption(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("caption", attributes, content())
    }
    /// A `<thead>` element.
    public static func thead(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("thead", attributes, content())
    }
    /// A `<tbody>` element.
    public static func tbody(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("tbody", attributes, content())
    }
    /// A `<tfoot>` element.
    public static func tfoot(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("tfoot", attributes, content())
    }
    /// A `<tr>` element.
    public static func tr(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("tr", attributes, content())
    }
    /// A `<th>` element.
    public static func th(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("th", attributes, content())
    }
    /// A `<td>` element.
    public static func td(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("td", attributes, content())
    }
    /// A `<form>` element.
    public static func form(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode
    {
        .element("form", attributes, content())
    }
    /// A `<label>` element.
    public static func label(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("label", attributes, content())
    }
    /// A `<select>` element.
    public static func select(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("select", attributes, content())
    }
    /// A `<option>` element.
    public static func option(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("option", attributes, content())
    }
    /// A `<textarea>` element.
    public static func textarea(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("textarea", attributes, content())
    }
    /// A `<button>` element.
    public static func button(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("button", attributes, content())
    }
    /// A `<fieldset>` element.
    public static func fieldset(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("fieldset", attributes, content())
    }
    /// A `<legend>` element.
    public static func legend(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("legend", attributes, content())
    }
    /// A `<figure>` element.
    public static func figure(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("figure", attributes, content())
    }
    /// A `<figcaption>` element.
    public static func figcaption(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("figcaption", attributes, content())
    }
    /// A `<details>` element.
    public static func details(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("details", attributes, content())
    }
    /// A `<summary>` element.
    public static func summary(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("summary", attributes, content())
    }
    /// A `<strong>` element.
    public static func strong(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("strong", attributes, content())
    }
    /// A `<em>` element.
    public static func em(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("em", attributes, content())
    }
    /// A `<small>` element.
    public static func small(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("small", attributes, content())
    }
    /// A `<abbr>` element.
    public static func abbr(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode
    {
        .element("abbr", attributes, content())
    }
    /// A `<title>` element for the document head.
    public static func documentTitle(_ text: String) -> HTMLNode { .element("title", [], [.text(text)]) }
    /// A `<meta>` element (void: no children).
    public static func meta(_ attributes: HTMLAttribute...) -> HTMLNode { .element("meta", attributes) }
    /// A `<link>` element (void: no children).
    public static func link(_ attributes: HTMLAttribute...) -> HTMLNode { .element("link", attributes) }
    /// A `<input>` element (void: no children).
    public static func input(_ attributes: HTMLAttribute...) -> HTMLNode { .element("input", attributes) }
    /// A `<br>` element (void: no children).
    public static func br(_ attributes: HTMLAttribute...) -> HTMLNode { .element("br", attributes) }
    /// An SVG `<svg>` element.
    public static func svg(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode
    {
        .element("svg", attributes, content())
    }
    /// An SVG `<g>` element.
    public static func g(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode {
        .element("g", attributes, content())
    }
    /// An SVG `<path>` element.
    public static func path(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode
    {
        .element("path", attributes, content())
    }
    /// An SVG `<line>` element.
    public static func line(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode
    {
        .element("line", attributes, content())
    }
    /// An SVG `<rect>` element.
    public static func rect(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode
    {
        .element("rect", attributes, content())
    }
    /// An SVG `<circle>` element.
    public static func circle(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("circle", attributes, content())
    }
    /// An SVG `<polygon>` element.
    public static func polygon(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("polygon", attributes, content())
    }
    /// An SVG `<polyline>` element.
    public static func polyline(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("polyline", attributes, content())
    }
    /// An SVG `<text>` element.
    public static func svgText(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("text", attributes, content())
    }
    /// An SVG `<title>` element.
    public static func svgTitle(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] })
        -> HTMLNode
    {
        .element("title", attributes, content())
    }
    /// An SVG `<desc>` element.
    public static func desc(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> [HTMLNode] = { [] }) -> HTMLNode
    {
        .element("desc", attributes, content())
    }
}
