; Inno Setup 6 script for 双随机抽查工作台 (Spot-Check Workbench).
;
; Needs Inno Setup 6.3 or newer (x64compatible). Saved as UTF-8 with a BOM so ISCC reads the Chinese
; names as UTF-8 rather than in the system code page.
;
; UNTESTED: Inno Setup is not available on the Linux build machine. Written against the Inno Setup 6
; documentation; compile it on Windows after building the bundle with the same spec:
;
;     py dev.py bundle --self-test
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\spotcheck.iss
;
; The result is dist\installer\spotcheck-workbench-<version>-setup.exe.
;
; Upgrades: AppId never changes, so a newer setup installs over the older one in the same folder.
; The program folder holds no user data: the database, its backups and the logs live in
; %LOCALAPPDATA%\spotcheck\spotcheck-workbench (see app/paths.py), which neither an upgrade nor an
; uninstall touches. On its first start the new version backs the database up and migrates it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "双随机抽查工作台"
#define AppNameEn "Spot-Check Workbench"
#define BundleDir "..\..\dist\spotcheck"

[Setup]
; Never change this GUID: it is how Windows recognises an installed older version.
AppId={{6A0E3C52-8D1B-4F4B-9C47-5E2B7A9D1F30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppNameEn}
; Clerks often have no administrator rights: install per user by default (into
; %LOCALAPPDATA%\Programs), and let an administrator choose "all users" in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\SpotcheckWorkbench
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=spotcheck-workbench-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running workbench (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\spotcheck-gui.exe
UninstallDisplayName={#AppName}
MinVersion=10.0

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; Remove the previous version's libraries first: a Qt plugin or DLL left over from an older build
; could be loaded by the new one. User data is not here, so nothing of the clerk's is lost.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\spotcheck-gui.exe"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} 自检"; Filename: "{cmd}"; \
  Parameters: "/k ""{app}\spotcheck.exe"" selftest"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\spotcheck-gui.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\spotcheck-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; \
  Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for user data on purpose: uninstalling must not delete the clerk's database.
