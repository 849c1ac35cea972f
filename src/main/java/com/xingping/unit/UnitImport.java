package com.xingping.unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.kernel.Refusal;
import com.xingping.sheet.ImportRefused;
import com.xingping.sheet.SheetUpload;
import com.xingping.sheet.Watermark;

/**
 * Creates or updates units from a spreadsheet, by code, in one transaction (committee admin, like
 * every change to units): each created or changed unit is audited as a form's change is, and the
 * import as a whole once more. A file with any bad row changes nothing. Units are never deactivated
 * or reactivated by an import.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UnitImport {
    private final Units units;
    private final UnitRegistry registry;
    private final AuditLog audit;
    private final int maxBytes;

    UnitImport(Units units, UnitRegistry registry, AuditLog audit,
               @Value("${xingping.imports.max-bytes:2097152}") int maxBytes) {
        this.units = units;
        this.registry = registry;
        this.audit = audit;
        this.maxBytes = maxBytes;
    }

    public record Result(List<String> created, List<String> updated, int unchanged) {
    }

    @Transactional
    public Result importSheet(SheetUpload upload) {
        byte[] content = upload.bytes(maxBytes, limit -> "文件过大：导入文件不能超过 " + limit + "，请检查是否选错了文件");
        UnitSheet.Read read = UnitSheet.read(content);
        if (!read.problems().isEmpty()) {
            throw new ImportRefused("单位", read.problems());
        }
        if (read.lines().isEmpty()) {
            throw new Refusal("file", "表格中没有单位：请从表头下一行起，每行填写一个单位");
        }
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        int unchanged = 0;
        for (UnitSheet.Line line : read.lines()) {
            Unit existing = units.findByCode(line.code()).orElse(null);
            if (existing == null) {
                registry.create(new UnitForm(line.code(), line.name(), or(line.inTargetAssessment(), true),
                        or(line.committeeOwn(), false), null));
                created.add(line.code());
                continue;
            }
            UnitForm form = new UnitForm(existing.code(), line.name(), or(line.inTargetAssessment(), existing.inTargetAssessment()),
                    or(line.committeeOwn(), existing.committeeOwn()), existing.version());
            if (form.equals(UnitForm.of(existing))) {
                unchanged++;
            } else {
                registry.edit(existing.id(), form);
                updated.add(line.code());
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", upload.filename());
        summary.put("created", created);
        summary.put("updated", updated);
        summary.put("unchanged", unchanged);
        audit.record("units.imported", "unit-import", null, null, summary);
        return new Result(created, updated, unchanged);
    }

    public byte[] template(Watermark mark) {
        return UnitSheet.write(units.findAllByOrderByCodeAsc(), mark);
    }

    private static boolean or(Boolean value, boolean otherwise) {
        return value == null ? otherwise : value;
    }
}
