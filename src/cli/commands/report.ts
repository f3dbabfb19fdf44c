import { parseIsoDate } from '../../core/iso-date.js';
import { summarizeFindings } from '../../audit/finding.js';
import { buildDashboard } from '../../report/dashboard.js';
import { dashboardCharts } from '../../report/dashboard-charts.js';
import { dashboardBlocks, renderDashboard } from '../../report/render-dashboard.js';
import type { Command } from '../command.js';
import { renderHtml } from '../html.js';
import { tr } from '../i18n.js';
import { CliUsageError } from '../io.js';
import { writeOutput } from '../output.js';
import { SEED_DEFAULT_AS_OF, seedDashboardInput } from '../seed-dashboard.js';
import { writeXlsx } from '../../xlsx/write.js';
import { dashboardSheets } from '../xlsx-out.js';

export const reportCommand: Command = {
  name: 'report',
  summary: {
    vi: 'Bảng tổng hợp CCHC từ dữ liệu mẫu (Kiên Giang 2019–2020)',
    en: 'CCHC dashboard from the embedded data (Kiên Giang 2019–2020)',
  },
  help: {
    vi: `cchc report [--as-of NGÀY] [--target PHẦN_TRĂM] [--format text|md|json|html|xlsx] [--out TỆP] [--lang vi|en]

Bảng tổng hợp từ dữ liệu mẫu đi kèm (Báo cáo 389/BC-UBND năm 2019 và Kế hoạch 164/KH-UBND năm 2020 của tỉnh
Kiên Giang): tỷ lệ hồ sơ đúng hạn theo cấp (tính lại, kèm kết quả kiểm tra), phân bố xếp loại Chỉ số CCHC, tiến độ
kế hoạch theo mục và theo cơ quan chủ trì tại NGÀY, tiến độ tinh giản biên chế, giảm đơn vị sự nghiệp, giải ngân,
và các phát hiện khi kiểm tra số liệu báo cáo.

  --as-of NGÀY   ngày tính tình trạng kế hoạch (YYYY-MM-DD), mặc định ${SEED_DEFAULT_AS_OF} (cuối năm kế hoạch)
  --target SỐ    chỉ tiêu tỷ lệ hồ sơ đúng hạn (phần trăm, ví dụ 95): vẽ thành đường trên biểu đồ; báo cáo mẫu không
                 nêu chỉ tiêu nên mặc định không có
  --format       text (mặc định), md (Markdown), json, html (một tệp HTML độc lập, biểu đồ SVG, in được trên
                 khổ A4), xlsx (sổ tính Excel: các bảng và các phát hiện, cần --out)
  --out TỆP      ghi ra tệp thay vì màn hình

Ví dụ:  cchc report
        cchc report --as-of 2020-06-30 --format html --out bao-cao.html`,
    en: `cchc report [--as-of DATE] [--target PERCENT] [--format text|md|json|html|xlsx] [--out FILE] [--lang vi|en]

A dashboard from the embedded data (Kiên Giang's 2019 CCHC report, Báo cáo 389/BC-UBND, and 2020 plan, Kế hoạch
164/KH-UBND): on-time dossier rates by level (recomputed, with audit flags), the PAR INDEX class distribution, plan
progress by section and lead agency at DATE, streamlining, unit reductions and disbursement against their targets,
and the findings of the report's audit.

  --as-of DATE   date of the plan statuses (YYYY-MM-DD), default ${SEED_DEFAULT_AS_OF} (end of the plan year)
  --target N     the on-time target in percent (e.g. 95), drawn as a line on the chart; none by default (the embedded
                 report states none)
  --format       text (default), md (Markdown), json, html (one self-contained HTML file with SVG charts, printable
                 on A4), xlsx (an Excel workbook: the tables and the findings; needs --out)
  --out FILE     write to a file instead of the terminal

Examples:  cchc report
           cchc report --as-of 2020-06-30 --format html --out report.html`,
  },
  options: {
    'as-of': { type: 'string' },
    target: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  async run(args, io) {
    const { lang } = args;
    if (args.positionals.length > 0) {
      throw new CliUsageError(tr(lang, `không nhận tham số "${args.positionals[0]}"`, `unexpected argument "${args.positionals[0]}"`));
    }
    const asOf = (args.values['as-of'] as string | undefined) ?? SEED_DEFAULT_AS_OF;
    parseIsoDate(asOf, ['--as-of']);
    const format = (args.values.format as string | undefined) ?? 'text';
    const targetArg = args.values.target as string | undefined;
    const target = targetArg === undefined ? undefined : Number(targetArg.replace(',', '.'));
    if (target !== undefined && !(/^\d{1,3}(?:[.,]\d+)?$/.test(targetArg!) && target > 0 && target <= 100)) {
      throw new CliUsageError(
        tr(
          lang,
          `--target là phần trăm từ 0 đến 100 (ví dụ 95), nhận được "${targetArg}"`,
          `--target is a percent from 0 to 100 (e.g. 95), received "${targetArg}"`,
        ),
      );
    }
    const input = seedDashboardInput(asOf, lang);
    const dashboard = buildDashboard(target === undefined ? input : { ...input, dossiers: { ...input.dossiers!, targetPercent: target } });
    const charts = dashboardCharts(dashboard, { locale: lang });
    let text: string;
    switch (format) {
      case 'text':
        text = renderDashboard(dashboard, { format: 'text', locale: lang });
        break;
      case 'md':
      case 'markdown':
        text = renderDashboard(dashboard, { format: 'markdown', locale: lang });
        break;
      case 'json':
        text = JSON.stringify({ ...dashboard, summary: summarizeFindings(dashboard.findings), charts }, null, 2);
        break;
      case 'html':
        text = await renderHtml(dashboardBlocks(dashboard, { locale: lang }), charts, lang);
        break;
      case 'xlsx': {
        const out = args.values.out;
        if (typeof out !== 'string' || out === '') {
          throw new CliUsageError(
            tr(
              lang,
              '--format xlsx cần --out TỆP.xlsx (không in tệp nhị phân ra màn hình)',
              '--format xlsx needs --out FILE.xlsx (a binary file is not printed to the terminal)',
            ),
          );
        }
        await io.writeFile(out, await writeXlsx({ sheets: dashboardSheets(dashboard, lang) }));
        io.err(tr(lang, `Đã ghi ${out}\n`, `Wrote ${out}\n`));
        return 0;
      }
      default:
        throw new CliUsageError(
          tr(
            lang,
            `--format phải là text, md, json, html hoặc xlsx, nhận được "${format}"`,
            `--format must be text, md, json, html or xlsx, received "${format}"`,
          ),
        );
    }
    return writeOutput(io, args, text);
  },
};
