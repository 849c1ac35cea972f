package com.xingping.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.xingping.identity.CurrentUser;
import com.xingping.kernel.Refusal;
import com.xingping.results.NoticeStore.EvidenceFile;
import com.xingping.year.AssessmentYear;

/**
 * The forms of a result's notice: the committee posts a version (on /results), a unit's reporter objects
 * (on its scorecard page), the committee decides each objection and a leader signs off (on /results).
 * A refusal is shown on the page the form came from; nothing is saved.
 */
@Controller
@RequestMapping("/results")
class NoticePages {
    private final NoticeDesk desk;
    private final Results results;

    NoticePages(NoticeDesk desk, Results results) {
        this.desk = desk;
        this.results = results;
    }

    @PostMapping("/notice")
    String open(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long yearId,
                @RequestParam(required = false) Integer version, @RequestParam(required = false) String startsOn,
                @RequestParam(required = false) String endsOn, RedirectAttributes redirect) {
        AssessmentYear year = results.year(yearId);
        try {
            ResultNotice notice = desk.open(user, year, version, NoticeDates.parse(startsOn, "startsOn"),
                    NoticeDates.parse(endsOn, "endsOn"));
            redirect.addFlashAttribute("notice", "第 " + notice.version() + " 版已公示，公示期 " + notice.startsOn() + " 至 "
                    + notice.endsOn() + "；各单位已收到通知。");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        }
        return home(year);
    }

    @PostMapping("/notice/{id}/objections")
    String object(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                  @RequestParam(required = false) Long yearId, @RequestParam(required = false) Integer version,
                  @RequestParam(required = false) String subject, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String evidence, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        AssessmentYear year = results.year(yearId);
        try {
            EvidenceFile sent = file == null || file.isEmpty() ? null : new EvidenceFile(name(file),
                    file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType(),
                    file.getBytes());
            desk.object(user, id, null, subject, reason, evidence, sent);
            redirect.addFlashAttribute("notice", "申诉已提交，工委复核后将通知你单位。");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        }
        return "redirect:/results/" + (version == null ? "mine" : version + "/units/" + user.unitId()) + "?yearId="
                + year.id() + "#notice";
    }

    @PostMapping("/objections/{id}/decision")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                  @RequestParam(required = false) Long yearId, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        AssessmentYear year = results.year(yearId);
        try {
            Objection decided = desk.decide(user, id, outcome, reason);
            redirect.addFlashAttribute("notice", "申诉已复核：" + decided.state().label()
                    + (decided.changeMade() == null ? "" : "（" + decided.changeMade() + "）") + "。");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        }
        return home(year);
    }

    @PostMapping("/notice/{id}/sign-off")
    String signOff(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                   @RequestParam(required = false) Long yearId, @RequestParam(required = false) String note,
                   RedirectAttributes redirect) {
        AssessmentYear year = results.year(yearId);
        try {
            ResultNotice signed = desk.signOff(user, id, note);
            redirect.addFlashAttribute("notice", "已审定，最终版本为第 " + signed.finalVersion() + " 版。");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.reason());
        }
        return home(year);
    }

    @GetMapping("/objections/{id}/file")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        EvidenceFile file = desk.file(user, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .contentType(type(file)).body(file.bytes());
    }

    /** As sent, unless unreadable; always an attachment, never shown in the page's origin. */
    private static MediaType type(EvidenceFile file) {
        try {
            return MediaType.parseMediaType(file.type());
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty() || name.length() > 255) {
            throw new Refusal("file", "证明材料文件名须为 1 至 255 个字符");
        }
        return name;
    }

    private static String home(AssessmentYear year) {
        return "redirect:/results?yearId=" + year.id() + "#notice";
    }
}
