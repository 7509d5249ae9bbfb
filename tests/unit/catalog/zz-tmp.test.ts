/** @jest-environment node */
import { renderMarkdown } from "@/lib/articles/render-markdown";
it("x", () => { console.log(JSON.stringify(renderMarkdown("Hi <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1)) <a href=\"javascript:alert(1)\">z</a> [w](java&#x73;cript:alert(1))\n\n<script>alert(2)</script>\n"))); });
