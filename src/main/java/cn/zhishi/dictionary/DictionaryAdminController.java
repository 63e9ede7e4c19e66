package cn.zhishi.dictionary;

import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.web.FormErrors;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 字典维护 for the system admin: one dictionary at a time, its entries, and a form to add or edit
 * one. Entries are never deleted — old records keep their codes — they are made inactive instead.
 */
@Controller
@RequestMapping("/admin/dictionaries")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class DictionaryAdminController {

    /** The order a clerk meets these in on a cadre's form; dictionaries not listed here follow by code. */
    private static final List<String> DISPLAY_ORDER = List.of(Dictionaries.ETHNICITY, Dictionaries.POLITICAL_STATUS,
            Dictionaries.EDUCATION_LEVEL, Dictionaries.DEGREE, Dictionaries.FAMILY_RELATION, Dictionaries.UNIT_LEVEL,
            Dictionaries.POST_LEVEL, Dictionaries.RANK, Dictionaries.REWARD_TYPE, Dictionaries.TAG_LABEL);

    private final Dictionaries dictionaries;

    DictionaryAdminController(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    @GetMapping
    String page(@RequestParam(required = false) String dict, @RequestParam(required = false) String code, Model model) {
        List<String> codes = dictionaryCodes();
        String current = dict == null || dict.isBlank() ? (codes.isEmpty() ? null : codes.get(0)) : dict;
        if (current != null && !codes.contains(current)) {
            throw new NotFoundException("dictionary", current);
        }
        DictionaryEntryForm form;
        if (code != null && current != null) {
            form = DictionaryEntryForm.of(dictionaries.find(current, code)
                    .orElseThrow(() -> new NotFoundException("dictionary entry", code)));
        } else {
            form = new DictionaryEntryForm();
            form.setSortOrder(current == null ? 0 : nextSortOrder(current));
        }
        model.addAttribute("entryForm", form);
        return page(current, model);
    }

    @PostMapping("/{dict}/entries")
    String save(@PathVariable String dict, @ModelAttribute("entryForm") DictionaryEntryForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!dictionaries.dictionaryCodes().contains(dict)) {
            throw new NotFoundException("dictionary", dict);
        }
        // Dictionaries.save adds or updates by code; an "add" of a code in use would overwrite it
        if (!form.isExisting() && form.getCode() != null && dictionaries.find(dict, form.getCode().trim()).isPresent()) {
            binding.rejectValue("code", "dictionary.code.taken", new Object[] {form.getCode().trim()}, null);
        }
        if (binding.hasErrors()) {
            return page(dict, model);
        }
        try {
            dictionaries.save(form.toEntry(dict));
        } catch (InvalidInputException e) {
            FormErrors.bind(e, binding);
            return page(dict, model);
        }
        redirect.addFlashAttribute("savedCode", form.getCode().trim());
        redirect.addAttribute("dict", dict);
        return "redirect:/admin/dictionaries";
    }

    private String page(String current, Model model) {
        model.addAttribute("dictCodes", dictionaryCodes());
        model.addAttribute("dict", current);
        model.addAttribute("entries", current == null ? List.of() : dictionaries.allEntries(current));
        return "dictionary/admin";
    }

    private List<String> dictionaryCodes() {
        return dictionaries.dictionaryCodes().stream()
                .sorted(Comparator.comparingInt((String c) -> DISPLAY_ORDER.contains(c) ? DISPLAY_ORDER.indexOf(c) : DISPLAY_ORDER.size())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private int nextSortOrder(String dict) {
        return dictionaries.allEntries(dict).stream().mapToInt(DictionaryEntry::sortOrder).max().orElse(-1) + 1;
    }
}
