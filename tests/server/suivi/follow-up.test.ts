/**
 * « Envoyer le suivi » through dist/Code.js with several people: the preview says who gets what, who has
 * no address, who said Non and who follows nothing; the send gives each person exactly their actions (a
 * shared action to both), in their language, one sendEmail each, from the clicker's account; nothing
 * twice the same day for an unchanged list; the dialog can leave someone out.
 */
import { describe, expect, it } from "vitest";
import { committee, done, MEMBERS, membersOf, OWNER, preview, ready, send } from "./suivi-helpers";

describe("the suivi's preview", () => {
  it("lists each person's late and coming actions, and names who is not mailed", () => {
    const harness = committee();
    const result = ready(preview(harness));
    expect(result.today).toBe("2026-01-15");
    expect(result.canSend).toBe(true);
    expect(
      result.people.map((person) => [person.name, person.email, person.lang, person.late, person.coming]),
    ).toEqual([
      ["Julie Tremblay", "julie@example.org", "fr", 1, 1],
      ["Nadia Ali", "nadia@example.org", "en", 1, 0],
    ]);
    const julie = result.people[0];
    expect(julie.items.map((item) => [item.row, item.late, item.when])).toEqual([
      [8, true, "en retard depuis 10 jours (échéance : 5 janvier 2026)"],
      [9, false, "pour le 1er février 2026"],
    ]);
    expect(julie.subject).toBe("Plan d'action — Comité Entraide\u00a0: vos actions (1 en retard, 1 à venir)");
    expect(result.people[1].subject).toBe("Action plan — Comité Entraide: your actions (1 overdue)");
    expect(result.optedOut).toEqual([{ name: "Marc Côté", actions: 1 }]);
    expect(result.nothing).toEqual(["Hélène Roy"]);
    expect(result.noAddress).toEqual([
      { name: "Sophie Gagnon", actions: 1 },
      { name: "Paul Inconnu", actions: 1 },
    ]);
    expect(result.people.every((person) => !person.alreadySent)).toBe(true);
    expect(result.quota).toBe(100);
    expect(harness.emulator.mail.sent).toEqual([]);
  });

  it("adds « Suivi par courriel » to an older plan's Membres without touching a typed cell", () => {
    const harness = committee();
    const members = membersOf(harness);
    // An older plan: Membres had no suivi column; the committee wrote its own column E.
    members.getRange("D1:D").clearDataValidations();
    members.getRange("D1:E6").clearContent();
    members.getRange("E1:E2").setValues([["Téléphone"], ["514-555-0000"]]);
    const before = members.getRange("A1:E6").getValues();
    const result = ready(preview(harness));
    expect(result.addedColumn).toBe(true);
    expect(members.getRange("A1:E6").getValues()).toEqual(before);
    expect(members.getRange("F1").getValue()).toBe("Suivi par courriel");
    expect(members.getRange("F1").getNote()).toMatch(/^Oui ou Non \(vide = Oui\)/);
    expect(members.getRange("F2").getDataValidation()?.getCriteriaValues()[0]).toEqual(["Oui", "Non"]);
    // Blank means Oui: Marc's old « Non » was removed with column D, so he now follows.
    expect(ready(preview(harness)).addedColumn).toBe(false);
    expect(ready(preview(harness)).people.map((person) => person.name)).toContain("Marc Côté");
  });

  it("installs the template with the column, its note and its dropdown", () => {
    const harness = committee();
    const members = membersOf(harness);
    expect(members.getRange("A1:D1").getValues()[0]).toEqual([
      "Nom",
      "Courriel",
      "Rôle",
      "Suivi par courriel",
    ]);
    expect(members.getRange("D30").getDataValidation()?.getCriteriaValues()[0]).toEqual(["Oui", "Non"]);
    expect(ready(preview(harness)).addedColumn).toBe(false);
  });
});

describe("sending the suivi", () => {
  it("sends each person exactly their actions, a shared one to both, one sendEmail each", () => {
    const harness = committee();
    harness.emulator.calls.reset();
    const result = done(send(harness));
    expect(result.sent).toEqual(["Julie Tremblay", "Nadia Ali"]);
    expect(harness.emulator.calls.count("MailApp.sendEmail")).toBe(2);
    const mails = harness.emulator.mail.sent;
    expect(mails.map((mail) => [mail.from, mail.to])).toEqual([
      [OWNER, ["julie@example.org"]],
      [OWNER, ["nadia@example.org"]],
    ]);
    const [julie, nadia] = mails;
    expect(julie.body).toContain("Tenir un kiosque");
    expect(julie.body).toContain("Préparer l'AG");
    expect(julie.body).not.toMatch(/Affiches|Sondage|Plus tard|Abandonnée|Bilan de l'an dernier/);
    expect(nadia.body).toContain("Tenir un kiosque");
    expect(nadia.body).not.toContain("Préparer l'AG");
    expect(nadia.body).toMatch(/^Hello Nadia Ali,/);
    expect(nadia.body).toContain("overdue for 10 days (due January 5, 2026)");
    // Late first, then coming; each with its objective and a link to its row.
    expect(julie.body.indexOf("Tenir un kiosque")).toBeLessThan(julie.body.indexOf("Préparer l'AG"));
    expect(julie.body).toContain(
      "https://docs.google.com/spreadsheets/d/1EmuLatedSpreadsheetId000000000000000000000/edit#gid=",
    );
    expect(julie.body).toMatch(/#gid=\d+&range=A8\n/);
    expect(julie.body).toMatch(/#gid=\d+&range=A9\n/);
    expect(julie.body).toContain("Objectif\u00a0: Recrutement");
    // Who sent it and how to stop.
    expect(julie.body).toContain(`Envoyé par ${OWNER}`);
    expect(julie.body).toContain(
      "d'inscrire «\u00a0Non\u00a0» dans la colonne «\u00a0Suivi par courriel\u00a0» de la feuille Membres",
    );
    expect(julie.htmlBody).toContain("Ouvrir la ligne 8 du plan");
    expect(result.message).toBe(
      "Suivi envoyé à 2 personnes\u00a0: Julie Tremblay et Nadia Ali.".replace("\u00a0", " "),
    );
  });

  it("sends nothing to the opted-out, the done-only and the unknown", () => {
    const harness = committee();
    done(send(harness));
    const addresses = harness.emulator.mail.sent.flatMap((mail) => [...mail.to, ...mail.cc, ...mail.bcc]);
    expect(addresses).toEqual(["julie@example.org", "nadia@example.org"]);
    const known = MEMBERS.map((row) => row[1].toLowerCase());
    for (const address of addresses) expect(known.some((cell) => cell.includes(address))).toBe(true);
  });

  it("sends nothing a second time the same day when a list has not changed, and says so", () => {
    const harness = committee();
    done(send(harness));
    expect(ready(preview(harness)).people.map((person) => person.alreadySent)).toEqual([true, true]);
    harness.emulator.calls.reset();
    const again = done(send(harness));
    expect(harness.emulator.calls.count("MailApp.sendEmail")).toBe(0);
    expect(again.sent).toEqual([]);
    expect(again.alreadySent).toEqual(["Julie Tremblay", "Nadia Ali"]);
    expect(again.message).toMatch(/^Aucun courriel envoyé\. Déjà envoyé aujourd'hui, liste inchangée/);
    expect(harness.emulator.mail.sent).toHaveLength(2);

    // Julie's list changes: only she gets it again; the next day, both.
    const sheet = harness.emulator.spreadsheet.getSheetByName("Plan d'action")!;
    sheet
      .getRange("C15:I15")
      .setValues([["Nouvelle action", "", "Julie Tremblay", "", "", "2026-01-30", "À faire"]]);
    expect(done(send(harness)).sent).toEqual(["Julie Tremblay"]);
    harness.emulator.clock.set("2026-01-16T15:00:00Z");
    expect(done(send(harness)).sent).toEqual(["Julie Tremblay", "Nadia Ali"]);
    expect(harness.emulator.mail.sent).toHaveLength(5);
  });

  it("leaves out the people the sender unticked", () => {
    const harness = committee();
    const result = done(send(harness, ["Julie@Example.org"]));
    expect(result.sent).toEqual(["Nadia Ali"]);
    expect(result.excluded).toEqual(["Julie Tremblay"]);
    expect(result.message).toContain("Laissés de côté à votre demande : Julie Tremblay.");
    expect(harness.emulator.mail.sent.map((mail) => mail.to[0])).toEqual(["nadia@example.org"]);
    // Left out is not sent: the next send still offers Julie.
    expect(ready(preview(harness)).people.map((person) => [person.name, person.alreadySent])).toEqual([
      ["Julie Tremblay", false],
      ["Nadia Ali", true],
    ]);
  });

  it("sends as the person who clicks, from their account", () => {
    const harness = committee();
    harness.emulator.addUser("secretaire@example.org");
    harness.emulator.runAs("secretaire@example.org", () => done(send(harness)));
    expect(harness.emulator.mail.sent.map((mail) => mail.from)).toEqual([
      "secretaire@example.org",
      "secretaire@example.org",
    ]);
    expect(harness.emulator.mail.sent[0].body).toContain("Envoyé par secretaire@example.org");
    // A colleague opening the dialog later the same day sees it was sent: the record is the document's.
    expect(ready(preview(harness)).people.every((person) => person.alreadySent)).toBe(true);
  });

  it("says plainly when there is no plan", () => {
    const harness = committee();
    harness.emulator.spreadsheet.getSheets().forEach((sheet) => {
      if (sheet.getName() === "Plan d'action") harness.emulator.spreadsheet.deleteSheet(sheet);
    });
    const result = preview(harness);
    expect(result.ok).toBe(false);
    expect(send(harness).status).toBe("error");
    expect(harness.emulator.mail.sent).toEqual([]);
  });
});
